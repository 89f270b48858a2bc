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
        <location filename="../conversation_panel.py" line="53" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="55" />
        <source>{0} · {1} messages</source>
        <translation>{0} · {1} 条消息</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="69" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="70" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="73" />
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="73" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="78" />
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="79" />
        <source>Delete “{0}” and all its messages?</source>
        <translation>删除“{0}”及其所有消息？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="91" />
        <location filename="../main_window.py" line="490" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110" />
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>Ask anything, or tell me about yourself. Everything stays on this computer.

Enter sends · Shift+Enter new line · Ctrl+N new chat · Ctrl+K search · Esc stops a reply</source>
        <translation>随便问，或者告诉我关于你的事。所有内容都只留在这台电脑上。

Enter 发送 · Shift+Enter 换行 · Ctrl+N 新对话 · Ctrl+K 搜索 · Esc 停止回答</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <source>Message the assistant</source>
        <translation>给助手发消息</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181" />
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194" />
        <source>&amp;Assistant</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233" />
        <source>Ready — {0}</source>
        <translation>就绪 — {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323" />
        <source>Still starting up; your message is kept here.</source>
        <translation>还在启动中；你的消息保留在这里。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348" />
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="443" />
        <source>Task result</source>
        <translation>任务结果</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="455" />
        <source>Still starting up; settings open once the data folder is ready.</source>
        <translation>还在启动中；数据文件夹就绪后才能打开设置。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="466" />
        <source>Applying settings…</source>
        <translation>正在应用设置…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="469" />
        <source>Settings saved — {0}</source>
        <translation>设置已保存 — {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="473" />
        <source>Settings not changed: {0}</source>
        <translation>设置未更改：{0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="490" />
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
    <name>RemindersPanel</name>
    <message>
        <location filename="../reminders_panel.py" line="32" />
        <source>e.g. remind me every Friday at 5pm to return the library book</source>
        <translation>例如：每周五下午五点提醒我还图书馆的书</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="35" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="41" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="41" />
        <source>Reminder</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="41" />
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="41" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="44" />
        <source>Snooze 10 min</source>
        <translation>稍后 10 分钟</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="45" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="46" />
        <source>Cancel reminder</source>
        <translation>取消提醒</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="90" />
        <source>next: {0}</source>
        <translation>之后：{0}</translation>
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
    <name>TasksPanel</name>
    <message>
        <location filename="../tasks_panel.py" line="28" />
        <source>e.g. write a 3,000-word bedtime story about a brave snail</source>
        <translation>例如：写一个三千字的睡前故事，讲一只勇敢的蜗牛</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="30" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="33" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="33" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="33" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="37" />
        <source>Open result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="39" />
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="72" />
        <source>%p% · {0}/{1} parts</source>
        <translation>%p% · 第 {0}/{1} 部分</translation>
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