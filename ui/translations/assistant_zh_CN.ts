<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../conversation_panel.py" line="31" />
        <source>Search all conversations (Ctrl+K)</source>
        <translation>搜索所有对话（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="34" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="50" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="52" />
        <source>{0} · {1} messages</source>
        <translation>{0} · {1} 条消息</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="66" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="67" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="70" />
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="70" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="75" />
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="76" />
        <source>Delete “{0}” and all its messages?</source>
        <translation>删除“{0}”及其所有消息？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="66" />
        <location filename="../main_window.py" line="355" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80" />
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106" />
        <source>Ask anything, or tell me about yourself. Everything stays on this computer.

Enter sends · Shift+Enter new line · Ctrl+N new chat · Ctrl+K search · Esc stops a reply</source>
        <translation>随便问，或者告诉我关于你的事。所有内容都只留在这台电脑上。

Enter 发送 · Shift+Enter 换行 · Ctrl+N 新对话 · Ctrl+K 搜索 · Esc 停止回答</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>Message the assistant</source>
        <translation>给助手发消息</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144" />
        <source>&amp;Assistant</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>Ready — {0}</source>
        <translation>就绪 — {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247" />
        <source>Still starting up; your message is kept here.</source>
        <translation>还在启动中；你的消息保留在这里。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272" />
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320" />
        <source>Still starting up; settings open once the data folder is ready.</source>
        <translation>还在启动中；数据文件夹就绪后才能打开设置。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331" />
        <source>Applying settings…</source>
        <translation>正在应用设置…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334" />
        <source>Settings saved — {0}</source>
        <translation>设置已保存 — {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338" />
        <source>Settings not changed: {0}</source>
        <translation>设置未更改：{0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355" />
        <source>Still running here; reminders will keep coming.</source>
        <translation>我还在这里运行，提醒会照常送达。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../message_delegate.py" line="20" />
        <source>

*(stopped)*</source>
        <translation>

*（已停止）*</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="30" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="33" />
        <source>Bundled model (SmolLM2-135M, English)</source>
        <translation>内置模型（SmolLM2-135M，仅英文）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="34" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="36" />
        <source>Use bundled</source>
        <translation>使用内置模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61" />
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62" />
        <source>Context size (tokens)</source>
        <translation>上下文长度（token）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63" />
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64" />
        <source>Longest reply (tokens)</source>
        <translation>最长回答（token）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69" />
        <source>Choose a GGUF model</source>
        <translation>选择 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../tray.py" line="19" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../tray.py" line="21" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../tray.py" line="22" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../tray.py" line="23" />
        <source>Pause notifications</source>
        <translation>暂停通知</translation>
    </message>
    <message>
        <location filename="../tray.py" line="27" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>