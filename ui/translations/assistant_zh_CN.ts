<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChatController</name>
    <message>
        <location filename="../chat_controller.py" line="72" />
        <source>Still starting up; your message is kept here.</source>
        <translation>还在启动中；你的消息保留在这里。</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="97" />
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="110" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="110" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="132" />
        <source>Heard you — check the words, then press Enter to send.</source>
        <translation>听到了——核对一下文字，然后按 Enter 发送。</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../chat_panel.py" line="55" />
        <source>Ask anything, or tell me about yourself. Everything stays on this computer.

Enter sends · Shift+Enter new line · Ctrl+N new chat · Ctrl+K search · Esc stops a reply</source>
        <translation>随便问，或者告诉我关于你的事。所有内容都只留在这台电脑上。

Enter 发送 · Shift+Enter 换行 · Ctrl+N 新对话 · Ctrl+K 搜索 · Esc 停止回答</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="61" />
        <source>Message the assistant</source>
        <translation>给助手发消息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="63" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="64" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="66" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="114" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../conversation_panel.py" line="34" />
        <source>Search all conversations (Ctrl+K)</source>
        <translation>搜索所有对话（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="37" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="60" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="62" />
        <source>{0} · {1} messages</source>
        <translation>{0} · {1} 条消息</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="76" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="77" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="80" />
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="80" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="85" />
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="86" />
        <source>Delete “{0}” and all its messages?</source>
        <translation>删除“{0}”及其所有消息？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="48" />
        <location filename="../main_window.py" line="206" />
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74" />
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83" />
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86" />
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>&amp;Assistant</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97" />
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Ready — {0}</source>
        <translation>就绪 — {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174" />
        <source>Deleting all your data…</source>
        <translation>正在删除你的所有数据…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189" />
        <source>All your data was deleted.</source>
        <translation>你的所有数据已删除。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206" />
        <source>Still running here; reminders will keep coming.</source>
        <translation>我还在这里运行，提醒会照常送达。</translation>
    </message>
</context>
<context>
    <name>MemoryController</name>
    <message>
        <location filename="../memory_controller.py" line="37" />
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="39" />
        <source>Remembered {0} · {1}
From: {2}</source>
        <translation>记于 {0} · {1}
来源：{2}</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="40" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="41" />
        <source>Forget this</source>
        <translation>忘掉这条</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="51" />
        <source>Forgotten for good: {0} memories</source>
        <translation>已永久忘掉 {0} 条记忆</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="59" />
        <source>Memory corrected: {0}</source>
        <translation>记忆已更正：{0}</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="69" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="73" />
        <source>Imported {0}: {1} new, {2} already known</source>
        <translation>已导入 {0}：新增 {1} 条，已有 {2} 条</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="87" />
        <source>Exported {0} memories to {1}</source>
        <translation>已将 {0} 条记忆导出到 {1}</translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <location filename="../memory_panel.py" line="42" />
        <source>Search what I know about you</source>
        <translation>搜索我对你的了解</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="46" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="46" />
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="46" />
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="47" />
        <source>Conversation turns</source>
        <translation>对话内容</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="47" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="47" />
        <source>Summaries</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="52" />
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="52" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="52" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="52" />
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="61" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="64" />
        <source>Forget…</source>
        <translation>忘掉…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="66" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="68" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="113" />
        <source>Edit memory</source>
        <translation>编辑记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="113" />
        <source>What is true:</source>
        <translation>正确的内容：</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="123" />
        <source>Forget</source>
        <translation>忘掉</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="124" />
        <source>Forget these {0} memories for good? They are removed from every index.

{1}</source>
        <translation>永久忘掉这 {0} 条记忆？它们会从所有索引中删除。

{1}</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="130" />
        <source>Import into memory</source>
        <translation>导入到记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="131" />
        <source>Notes and books (*.jsonl *.txt *.md);;All files (*)</source>
        <translation>笔记和书 (*.jsonl *.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="136" />
        <source>Export memories</source>
        <translation>导出记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="137" />
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
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
        <location filename="../reminders_panel.py" line="34" />
        <source>e.g. remind me every Friday at 5pm to return the library book</source>
        <translation>例如：每周五下午五点提醒我还图书馆的书</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="37" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="43" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="43" />
        <source>Reminder</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="43" />
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="43" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="46" />
        <source>Snooze 10 min</source>
        <translation>稍后 10 分钟</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="47" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="48" />
        <source>Cancel reminder</source>
        <translation>取消提醒</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="93" />
        <source>next: {0}</source>
        <translation>之后：{0}</translation>
    </message>
</context>
<context>
    <name>ReplySpeaker</name>
    <message>
        <location filename="../reply_speaker.py" line="32" />
        <source>Replies are not spoken: {0}</source>
        <translation>回答不会朗读：{0}</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../settings_controller.py" line="29" />
        <source>Still starting up; settings open once the data folder is ready.</source>
        <translation>还在启动中；数据文件夹就绪后才能打开设置。</translation>
    </message>
    <message>
        <location filename="../settings_controller.py" line="41" />
        <source>Applying settings…</source>
        <translation>正在应用设置…</translation>
    </message>
    <message>
        <location filename="../settings_controller.py" line="44" />
        <source>Settings saved — {0}</source>
        <translation>设置已保存 — {0}</translation>
    </message>
    <message>
        <location filename="../settings_controller.py" line="48" />
        <source>Settings not changed: {0}</source>
        <translation>设置未更改：{0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="37" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40" />
        <source>Bundled model (SmolLM2-135M, English)</source>
        <translation>内置模型（SmolLM2-135M，仅英文）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="41" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43" />
        <source>Use bundled</source>
        <translation>使用内置模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65" />
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68" />
        <source>Speak replies aloud</source>
        <translation>朗读回答</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71" />
        <source>e.g. 07:30 (empty: no briefing)</source>
        <translation>例如 07:30（留空：不简报）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73" />
        <source>e.g. 22:00-07:00 (empty: never quiet)</source>
        <translation>例如 22:00-07:00（留空：不设免打扰）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="76" />
        <source>To keep your data elsewhere, start the assistant with ASSISTANT_HOME set to another folder.</source>
        <translation>要把数据放在别处，请在启动助手时把 ASSISTANT_HOME 设为另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="78" />
        <source>Delete all my data…</source>
        <translation>删除我的所有数据…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88" />
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89" />
        <source>Context size (tokens)</source>
        <translation>上下文长度（token）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90" />
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="91" />
        <source>Longest reply (tokens)</source>
        <translation>最长回答（token）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92" />
        <source>Speech recognition model</source>
        <translation>语音识别模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93" />
        <source>Spoken language</source>
        <translation>说话语言</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="95" />
        <source>Morning briefing at</source>
        <translation>早间简报时间</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96" />
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="97" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103" />
        <source>Choose a GGUF model</source>
        <translation>选择 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>Delete all my data</source>
        <translation>删除我的所有数据</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121" />
        <source>Delete every conversation, memory (with its search indexes), reminder, task and setting in {0}? This cannot be undone.</source>
        <translation>删除 {0} 中的所有对话、记忆（连同搜索索引）、提醒、任务和设置？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>SourcesBar</name>
    <message>
        <location filename="../sources_bar.py" line="28" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <location filename="../voice_input.py" line="71" />
        <source>Hold to talk</source>
        <translation>按住说话</translation>
    </message>
    <message>
        <location filename="../voice_input.py" line="84" />
        <source>Looking for a microphone…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <location filename="../voice_input.py" line="108" />
        <source>Hold to talk (Ctrl+Space); using {0}</source>
        <translation>按住说话（Ctrl+Space）；使用 {0}</translation>
    </message>
    <message>
        <location filename="../voice_input.py" line="109" />
        <source>Voice input is off: {0}. Typing works as usual.</source>
        <translation>语音输入不可用：{0}。打字照常可用。</translation>
    </message>
</context>
<context>
    <name>TasksController</name>
    <message>
        <location filename="../tasks_controller.py" line="45" />
        <source>Task result</source>
        <translation>任务结果</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../tasks_panel.py" line="31" />
        <source>e.g. write a 3,000-word bedtime story about a brave snail</source>
        <translation>例如：写一个三千字的睡前故事，讲一只勇敢的蜗牛</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="33" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="36" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="36" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="36" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="40" />
        <source>Open result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="42" />
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="75" />
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