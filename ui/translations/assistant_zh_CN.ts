<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookChip</name>
    <message>
        <location filename="../book_chip.py" line="25"/>
        <source>Stop discussing this book</source>
        <translation>不再讨论这本书</translation>
    </message>
    <message>
        <location filename="../book_chip.py" line="27"/>
        <source>Stop discussing this book: answer from everything again</source>
        <translation>不再讨论这本书：回到从所有内容中回答</translation>
    </message>
    <message>
        <location filename="../book_chip.py" line="39"/>
        <source>Discussing: {0}</source>
        <translation>正在讨论：{0}</translation>
    </message>
    <message>
        <location filename="../book_chip.py" line="40"/>
        <source>Questions are answered from “{0}”; click to open it</source>
        <translation>问题将根据《{0}》回答；点击打开这本书</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../chat_controller.py" line="78"/>
        <source>Still starting up; your message is kept here.</source>
        <translation>还在启动中；你的消息保留在这里。</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="107"/>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="136"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="136"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../chat_controller.py" line="158"/>
        <source>Heard you — check the words, then press Enter to send.</source>
        <translation>听到了——核对一下文字，然后按 Enter 发送。</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../chat_panel.py" line="64"/>
        <source>Message the assistant</source>
        <translation>给助手发消息</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="66"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="67"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="140"/>
        <source>Message copied</source>
        <translation>消息已复制</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="144"/>
        <source>Code copied</source>
        <translation>代码已复制</translation>
    </message>
    <message>
        <location filename="../chat_panel.py" line="134"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../conversation_panel.py" line="36"/>
        <source>Search all conversations (Ctrl+K)</source>
        <translation>搜索所有对话（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="40"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="66"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="68"/>
        <source>{0} · {1} messages</source>
        <translation>{0} · {1} 条消息</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="82"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="83"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="86"/>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="86"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="91"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../conversation_panel.py" line="91"/>
        <source>Delete “{0}” and all its messages?</source>
        <translation>删除“{0}”及其所有消息？</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../error_words.py" line="24"/>
        <source>The language model cannot be used: choose another GGUF in the Model menu.</source>
        <translation>语言模型无法使用：请在“模型”菜单中选择另一个 GGUF 文件。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="25"/>
        <source>Your data folder cannot be read or written. The log says why.</source>
        <translation>无法读写你的数据文件夹，原因见日志。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="26"/>
        <source>The disk is full: free some space and try again. Nothing was changed.</source>
        <translation>磁盘已满：请腾出一些空间后再试。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="27"/>
        <source>Your data is busy with a restore or a deletion. Try again in a moment.</source>
        <translation>你的数据正在恢复或删除中，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="28"/>
        <source>That is no longer there: it was deleted or replaced.</source>
        <translation>它已经不在了：已被删除或替换。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="29"/>
        <source>Stopped. What was written so far is kept.</source>
        <translation>已停止。已写出的内容会保留。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="30"/>
        <source>{file} cannot be imported. Nothing was imported.</source>
        <translation>无法导入 {file}，没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="31"/>
        <source>This file cannot be read as a book. Nothing was stored.</source>
        <translation>无法把这个文件当作书读取，没有存下任何内容。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="32"/>
        <source>The backup cannot be made or restored. Nothing was changed.</source>
        <translation>无法创建或恢复备份，没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="33"/>
        <source>That value cannot be used for this setting.</source>
        <translation>这个设置不能使用该值。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="34"/>
        <source>The reminder&apos;s time cannot be read: say a time still to come.</source>
        <translation>看不懂提醒的时间：请说一个还没到的时间。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="35"/>
        <source>That is too long. Shorten it and try again.</source>
        <translation>内容太长，请缩短后再试。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="36"/>
        <source>There is nothing there to use.</source>
        <translation>没有可用的内容。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="37"/>
        <source>Speech is not available: no microphone, speaker or speech model was found.</source>
        <translation>语音不可用：没有找到麦克风、扬声器或语音模型。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="38"/>
        <source>No speech was heard. Is the microphone muted or too quiet?</source>
        <translation>没有听到说话声。麦克风是否静音或音量太小？</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="40"/>
        <source>That did not work. The log says why (Help → Where my data lives).</source>
        <translation>操作没有成功，原因见日志（帮助 → 我的数据在哪里）。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="55"/>
        <source>{file}, line {line}, cannot be imported. Nothing was imported.</source>
        <translation>无法导入 {file} 第 {line} 行，没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../error_words.py" line="59"/>
        <source>This file cannot be imported. Nothing was imported.</source>
        <translation>无法导入这个文件，没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>FriendlyTime</name>
    <message>
        <location filename="../friendly_time.py" line="40"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../friendly_time.py" line="42"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../friendly_time.py" line="44"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../friendly_time.py" line="47"/>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <location filename="../friendly_time.py" line="49"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../friendly_time.py" line="50"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../friendly_time.py" line="60"/>
        <location filename="../friendly_time.py" line="71"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../help_dialogs.py" line="18"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="19"/>
        <source>New line in the message</source>
        <translation>在消息中换行</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="20"/>
        <source>Stop the reply (and the speech)</source>
        <translation>停止回复（和朗读）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="21"/>
        <source>Hold Ctrl+Space</source>
        <translation>按住 Ctrl+空格</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="21"/>
        <source>Talk: let go to see what was heard</source>
        <translation>说话：松开后查看听到的内容</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="22"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="23"/>
        <source>Search all conversations</source>
        <translation>搜索所有对话</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="24"/>
        <source>Back to the message box</source>
        <translation>回到消息框</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="25"/>
        <source>Larger / smaller text</source>
        <translation>放大 / 缩小文字</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="26"/>
        <source>Text at its usual size</source>
        <translation>文字恢复默认大小</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="27"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="28"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="29"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="50"/>
        <source>Everything the assistant keeps — conversations, memories, reminders, tasks, settings and its log — is in one folder on this computer:</source>
        <translation>助手保存的一切——对话、记忆、提醒、任务、设置和日志——都在这台电脑上的一个文件夹里：</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="57"/>
        <source>Where your data lives</source>
        <translation>你的数据在哪里</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="65"/>
        <source>Nothing is sent anywhere. Back it up with File → Back up…; to keep it elsewhere, start the assistant with ASSISTANT_HOME set to another folder.</source>
        <translation>任何内容都不会被发送出去。用“文件 → 备份…”备份；如需放在别处，请在启动助手时把 ASSISTANT_HOME 设为另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="71"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="87"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="90"/>
        <location filename="../help_dialogs.py" line="103"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="91"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="91"/>
        <source>still loading</source>
        <translation>仍在加载</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="104"/>
        <source>A private assistant that runs on this computer: it remembers what you tell it, reminds you, reads your notes and books, and listens and speaks — without sending anything anywhere.</source>
        <translation>一个在这台电脑上运行的私人助手：记住你告诉它的事，提醒你，阅读你的笔记和书籍，能听也能说——不向任何地方发送任何内容。</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="110"/>
        <source>Licence: Apache-2.0</source>
        <translation>许可证：Apache-2.0</translation>
    </message>
    <message>
        <location filename="../help_dialogs.py" line="114"/>
        <source>About Assistant</source>
        <translation>关于助手</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../library_controller.py" line="88"/>
        <source>Added “{0}”: {1} chapters, {2} passages</source>
        <translation>已添加《{0}》：{1} 章，{2} 段</translation>
    </message>
    <message>
        <location filename="../library_controller.py" line="90"/>
        <source>“{0}” is already in the library: nothing added</source>
        <translation>《{0}》已在书库中：未添加任何内容</translation>
    </message>
    <message>
        <location filename="../library_controller.py" line="106"/>
        <source>Removed “{0}” from the library</source>
        <translation>已从书库移除《{0}》</translation>
    </message>
    <message>
        <location filename="../library_controller.py" line="143"/>
        <source>Reminder set: {0}</source>
        <translation>已设提醒：{0}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_panel.py" line="47"/>
        <source>Title</source>
        <translation>书名</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="48"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="49"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="50"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="51"/>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="52"/>
        <location filename="../library_panel.py" line="73"/>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="66"/>
        <source>No books yet. Add an EPUB, PDF, Word file, saved web page, Markdown or text file to read it with me and ask about it.</source>
        <translation>还没有书。添加 EPUB、PDF、Word 文件、保存的网页、Markdown 或文本文件，就可以和我一起阅读并提问。</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="71"/>
        <source>Add book…</source>
        <translation>添加书籍…</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="75"/>
        <source>Discuss in chat</source>
        <translation>在聊天中讨论</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="76"/>
        <source>Ask about this book in the chat: answers come from it</source>
        <translation>在聊天中询问这本书：回答来自书中内容</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="78"/>
        <source>Remind me to return it…</source>
        <translation>提醒我还书…</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="80"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="115"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="116"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="123"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="123"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="146"/>
        <source>{0} passages</source>
        <translation>{0} 个段落</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="147"/>
        <source>{0} pages</source>
        <translation>{0} 页</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="167"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="167"/>
        <source>Indexing {0}…</source>
        <translation>正在建立 {0} 的索引…</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="168"/>
        <source>Adding {0}…</source>
        <translation>正在添加 {0}…</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="194"/>
        <source>Add a book</source>
        <translation>添加一本书</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="201"/>
        <source>Remove book</source>
        <translation>移除书籍</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="202"/>
        <source>Remove “{0}” and everything read from it? The file itself stays where it is.</source>
        <translation>移除《{0}》以及从中读取的一切内容？文件本身保留在原处。</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="212"/>
        <source>Remind me to return it</source>
        <translation>提醒我还书</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="213"/>
        <source>When should I remind you to return “{0}”?
(e.g. “on Friday at 10am”, “every Friday”)</source>
        <translation>什么时候提醒你还《{0}》？
（例如“周五上午10点”、“每周五”）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="71"/>
        <location filename="../main_window.py" line="418"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Library</source>
        <translation>书库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>Your data was replaced (a restore or delete-all-data); showing it as it is now.</source>
        <translation>你的数据已被替换（恢复备份或删除全部数据）；现在显示的是最新的数据。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Ready — {0}</source>
        <translation>就绪 — {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>Reminders now run in this window.</source>
        <translation>提醒现在由这个窗口负责。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367"/>
        <source>Deleting all your data…</source>
        <translation>正在删除你的所有数据…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368"/>
        <source>All your data was deleted.</source>
        <translation>你的所有数据已删除。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>Still running here; reminders will keep coming.</source>
        <translation>我还在这里运行，提醒会照常送达。</translation>
    </message>
</context>
<context>
    <name>MemoryController</name>
    <message>
        <location filename="../memory_controller.py" line="48"/>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="50"/>
        <source>
Replaced by a newer fact.</source>
        <translation>
已被更新的事实取代。</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="82"/>
        <source>
Replaced by a newer fact: “{0}”</source>
        <translation>
已被更新的事实取代：“{0}”</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="84"/>
        <source>“{0}” is now “{1}”</source>
        <translation>“{0}”现在是“{1}”</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="84"/>
        <source>“{0}” no longer holds</source>
        <translation>“{0}”已不再成立</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="87"/>
        <source>
Partly replaced: {0}. The rest of it is still current.</source>
        <translation>
部分已被取代：{0}。其余内容仍然有效。</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="52"/>
        <source>Remembered {0} · {1}
From: {2}</source>
        <translation>记于 {0} · {1}
来源：{2}</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="57"/>
        <source>Forget this</source>
        <translation>忘掉这条</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="72"/>
        <source>Forgotten for good: {0} memories</source>
        <translation>已永久忘掉 {0} 条记忆</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="80"/>
        <source>Memory corrected: {0}</source>
        <translation>记忆已更正：{0}</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="90"/>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="95"/>
        <source>Imported {0}: {1} new, {2} already known</source>
        <translation>已导入 {0}：新增 {1} 条，已有 {2} 条</translation>
    </message>
    <message>
        <location filename="../memory_controller.py" line="113"/>
        <source>Exported {0} memories to {1}</source>
        <translation>已将 {0} 条记忆导出到 {1}</translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <location filename="../memory_panel.py" line="69"/>
        <source>Search what I know about you</source>
        <translation>搜索我对你的了解</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="77"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="78"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="81"/>
        <source>Summaries</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="89"/>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="89"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="89"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="76"/>
        <source>Everything you told me</source>
        <translation>你告诉我的一切</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="80"/>
        <source>From files</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="79"/>
        <source>Notes and remarks</source>
        <translation>笔记和话语</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="82"/>
        <source>Questions and commands</source>
        <translation>提问和命令</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="89"/>
        <source>Where from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="101"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="104"/>
        <source>Forget…</source>
        <translation>忘掉…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="106"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="108"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="55"/>
        <source>{0}  (replaced by a newer fact)</source>
        <translation>{0}（已被更新的事实取代）</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="58"/>
        <source>{0}  (partly replaced)</source>
        <translation>{0}（部分已被取代）</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="160"/>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="163"/>
        <source>Nothing here yet. Say “remember that …” in the chat, or bring in notes with Import…</source>
        <translation>这里还没有内容。在聊天里说“记住……”，或者用“导入…”导入笔记。</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="170"/>
        <source>Edit memory</source>
        <translation>编辑记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="170"/>
        <source>What is true:</source>
        <translation>正确的内容：</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="181"/>
        <source>Forget</source>
        <translation>忘掉</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="182"/>
        <source>Forget these {0} memories for good? They are removed from every index.

{1}</source>
        <translation>永久忘掉这 {0} 条记忆？它们会从所有索引中删除。

{1}</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="191"/>
        <source>Import into memory</source>
        <translation>导入到记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="191"/>
        <source>Notes and books (*.jsonl *.txt *.md);;All files (*)</source>
        <translation>笔记和书 (*.jsonl *.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="198"/>
        <source>Export memories</source>
        <translation>导出记忆</translation>
    </message>
    <message>
        <location filename="../memory_panel.py" line="198"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>MemoryWords</name>
    <message>
        <location filename="../memory_words.py" line="24"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="25"/>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="27"/>
        <source>From a file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="26"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="28"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="44"/>
        <source>said in chat, {0}</source>
        <translation>{0}在聊天中说过</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="46"/>
        <source>told, {0}</source>
        <translation>{0}告诉我的</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="48"/>
        <source>drawn from what you said, {0}</source>
        <translation>根据你{0}说的话得出</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="50"/>
        <source>summary of {0}</source>
        <translation>{0}的摘要</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="53"/>
        <source>from {0}, line {1}</source>
        <translation>来自 {0} 第 {1} 行</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="57"/>
        <source>from a book, chapter {0}, page {1}</source>
        <translation>来自一本书，第 {0} 章第 {1} 页</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="60"/>
        <source>from a book, chapter {0}</source>
        <translation>来自一本书，第 {0} 章</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="62"/>
        <source>from {0}</source>
        <translation>来自 {0}</translation>
    </message>
    <message>
        <location filename="../memory_words.py" line="63"/>
        <source>origin not recorded</source>
        <translation>来源未记录</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../menus.py" line="69"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="70"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../menus.py" line="73"/>
        <source>Import into memory…</source>
        <translation>导入到记忆…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="75"/>
        <source>Export memories…</source>
        <translation>导出记忆…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="76"/>
        <source>Export everything…</source>
        <translation>导出全部…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="78"/>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="79"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="82"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="85"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../menus.py" line="87"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="88"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../menus.py" line="92"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../menus.py" line="93"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../menus.py" line="94"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../menus.py" line="103"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../menus.py" line="105"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../menus.py" line="107"/>
        <source>Usual text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../menus.py" line="109"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="110"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="113"/>
        <source>Choose a GGUF model file…</source>
        <translation>选择 GGUF 模型文件…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="114"/>
        <source>Use the bundled model</source>
        <translation>使用内置模型</translation>
    </message>
    <message>
        <location filename="../menus.py" line="115"/>
        <source>Reply length, temperature…</source>
        <translation>回复长度、温度…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="117"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="119"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../menus.py" line="121"/>
        <source>Where my data lives</source>
        <translation>我的数据在哪里</translation>
    </message>
    <message>
        <location filename="../menus.py" line="123"/>
        <source>About Assistant</source>
        <translation>关于助手</translation>
    </message>
    <message>
        <location filename="../menus.py" line="133"/>
        <source>Loaded: {0}</source>
        <translation>已加载：{0}</translation>
    </message>
    <message>
        <location filename="../menus.py" line="137"/>
        <source>Choose a GGUF model</source>
        <translation>选择 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../menus.py" line="137"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="144"/>
        <source>Still starting up; choose the model once it has loaded.</source>
        <translation>还在启动中；请在加载完成后再选择模型。</translation>
    </message>
    <message>
        <location filename="../menus.py" line="157"/>
        <source>Text size {0} pt</source>
        <translation>文字大小 {0} 磅</translation>
    </message>
    <message>
        <location filename="../menus.py" line="177"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../menus.py" line="179"/>
        <source>Backups (*.zip)</source>
        <translation>备份 (*.zip)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="183"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="187"/>
        <source>Backed up {0} conversations and {1} memories to {2}</source>
        <translation>已将 {0} 个对话和 {1} 条记忆备份到 {2}</translation>
    </message>
    <message>
        <location filename="../menus.py" line="194"/>
        <location filename="../menus.py" line="204"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../menus.py" line="194"/>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>备份 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../menus.py" line="206"/>
        <source>Replace everything now in the assistant with the backup made {0} ({1} conversations, {2} memories)? What is here now is lost unless you have backed it up.</source>
        <translation>用 {0} 制作的备份（{1} 个对话，{2} 条记忆）替换助手中现有的一切？除非你已备份，否则现有内容将丢失。</translation>
    </message>
    <message>
        <location filename="../menus.py" line="215"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="216"/>
        <source>Restored {0} conversations and {1} memories.</source>
        <translation>已恢复 {0} 个对话和 {1} 条记忆。</translation>
    </message>
    <message>
        <location filename="../menus.py" line="222"/>
        <source>Export everything into a folder</source>
        <translation>把全部内容导出到文件夹</translation>
    </message>
    <message>
        <location filename="../menus.py" line="228"/>
        <source>Exported {0} conversations, {1} memories and {2} reminders to {3}</source>
        <translation>已将 {0} 个对话、{1} 条记忆和 {2} 个提醒导出到 {3}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../message_delegate.py" line="72"/>
        <location filename="../message_delegate.py" line="250"/>
        <location filename="../message_delegate.py" line="383"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../message_delegate.py" line="222"/>
        <source>*(stopped)*</source>
        <translation>*（已停止）*</translation>
    </message>
    <message>
        <location filename="../message_delegate.py" line="243"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../message_delegate.py" line="243"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../message_delegate.py" line="247"/>
        <source>✓ From your notes</source>
        <translation>✓ 来自你的记录</translation>
    </message>
    <message>
        <location filename="../message_delegate.py" line="249"/>
        <source>Not from your notes — general knowledge, may be wrong</source>
        <translation>不是来自你的记录——一般知识，可能有误</translation>
    </message>
    <message>
        <location filename="../message_delegate.py" line="252"/>
        <source>Speak</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../message_delegate.py" line="254"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../reader_view.py" line="47"/>
        <source>← Library</source>
        <translation>← 书库</translation>
    </message>
    <message>
        <location filename="../reader_view.py" line="49"/>
        <source>Discuss in chat</source>
        <translation>在聊天中讨论</translation>
    </message>
    <message>
        <location filename="../reader_view.py" line="51"/>
        <source>Previous chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <location filename="../reader_view.py" line="53"/>
        <source>Next chapter</source>
        <translation>下一章</translation>
    </message>
</context>
<context>
    <name>ReminderAlerts</name>
    <message>
        <location filename="../reminder_alerts.py" line="64"/>
        <source>Missed while away</source>
        <translation>离开期间错过的提醒</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../reminder_banner.py" line="55"/>
        <source>Snooze 10 min</source>
        <translation>稍后 10 分钟</translation>
    </message>
    <message>
        <location filename="../reminder_banner.py" line="56"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../reminder_banner.py" line="57"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../reminder_banner.py" line="98"/>
        <source>Missed while away (due {0}): {1}</source>
        <translation>离开期间错过（{0} 到期）：{1}</translation>
    </message>
    <message>
        <location filename="../reminder_banner.py" line="100"/>
        <source>Reminder: {0}</source>
        <translation>提醒：{0}</translation>
    </message>
    <message>
        <location filename="../reminder_banner.py" line="102"/>
        <source>+{0} more</source>
        <translation>还有 {0} 条</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../reminders_panel.py" line="39"/>
        <source>e.g. remind me every Friday at 5pm to return the library book</source>
        <translation>例如：每周五下午五点提醒我还图书馆的书</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="42"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="48"/>
        <source>Reminder</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="48"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="51"/>
        <source>Snooze 10 min</source>
        <translation>稍后 10 分钟</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="52"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="53"/>
        <source>Cancel reminder</source>
        <translation>取消提醒</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="57"/>
        <source>Open the book</source>
        <translation>打开这本书</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="90"/>
        <source>Say when and what, e.g. &apos;remind me on Friday at 9 to call Ana&apos;.</source>
        <translation>请说清楚什么时候、提醒什么，例如“提醒我周五上午九点给小安打电话”。</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="111"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="112"/>
        <source>{0}, then {1}</source>
        <translation>{0}，之后 {1}</translation>
    </message>
    <message>
        <location filename="../reminders_panel.py" line="129"/>
        <source>Set from the Library: double-click to open the book</source>
        <translation>从书库设置：双击打开这本书</translation>
    </message>
</context>
<context>
    <name>ReplySpeaker</name>
    <message>
        <location filename="../reply_speaker.py" line="32"/>
        <location filename="../reply_speaker.py" line="53"/>
        <source>Replies are not spoken: {0}</source>
        <translation>回答不会朗读：{0}</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../settings_controller.py" line="33"/>
        <source>Still starting up; settings open once the data folder is ready.</source>
        <translation>还在启动中；数据文件夹就绪后才能打开设置。</translation>
    </message>
    <message>
        <location filename="../settings_controller.py" line="42"/>
        <source>Applying settings…</source>
        <translation>正在应用设置…</translation>
    </message>
    <message>
        <location filename="../settings_controller.py" line="50"/>
        <source>Settings saved — {0}</source>
        <translation>设置已保存 — {0}</translation>
    </message>
    <message>
        <location filename="../settings_controller.py" line="54"/>
        <source>Settings not changed: {0}</source>
        <translation>设置未更改：{0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="52"/>
        <source>Bundled model (SmolLM2-135M, English)</source>
        <translation>内置模型（SmolLM2-135M，仅英文）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="53"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="55"/>
        <source>Use bundled</source>
        <translation>使用内置模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>The model&apos;s own</source>
        <translation>模型默认长度</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="80"/>
        <source>Speak replies aloud</source>
        <translation>朗读回答</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="83"/>
        <source>e.g. 07:30 (empty: no briefing)</source>
        <translation>例如 07:30（留空：不简报）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <source>e.g. 22:00-07:00 (empty: never quiet)</source>
        <translation>例如 22:00-07:00（留空：不设免打扰）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98"/>
        <source>System</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="99"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>To keep your data elsewhere, start the assistant with ASSISTANT_HOME set to another folder.</source>
        <translation>要把数据放在别处，请在启动助手时把 ASSISTANT_HOME 设为另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="107"/>
        <source>Delete all my data…</source>
        <translation>删除我的所有数据…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="117"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>Context size (tokens)</source>
        <translation>上下文长度（token）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120"/>
        <source>Longest reply (tokens)</source>
        <translation>最长回答（token）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>Speech recognition model</source>
        <translation>语音识别模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Spoken language</source>
        <translation>说话语言</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="124"/>
        <source>Morning briefing at</source>
        <translation>早间简报时间</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="135"/>
        <source>Choose a GGUF model</source>
        <translation>选择 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="135"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Delete all my data</source>
        <translation>删除我的所有数据</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="162"/>
        <source>Delete every conversation, memory (with its search indexes), reminder, task and setting in {0}? This cannot be undone.</source>
        <translation>删除 {0} 中的所有对话、记忆（连同搜索索引）、提醒、任务和设置？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>SourcesBar</name>
    <message>
        <location filename="../sources_bar.py" line="38"/>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../sources_bar.py" line="47"/>
        <source>Click to see it, where it came from, or forget it</source>
        <translation>点击查看内容和来源，或忘掉它</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <location filename="../status_words.py" line="12"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../status_words.py" line="13"/>
        <source>Went off</source>
        <translation>已提醒</translation>
    </message>
    <message>
        <location filename="../status_words.py" line="14"/>
        <location filename="../status_words.py" line="24"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../status_words.py" line="15"/>
        <location filename="../status_words.py" line="26"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../status_words.py" line="22"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../status_words.py" line="23"/>
        <source>Writing</source>
        <translation>写作中</translation>
    </message>
    <message>
        <location filename="../status_words.py" line="25"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <location filename="../voice_input.py" line="82"/>
        <source>Hold to talk</source>
        <translation>按住说话</translation>
    </message>
    <message>
        <location filename="../voice_input.py" line="95"/>
        <source>Looking for a microphone…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <location filename="../voice_input.py" line="120"/>
        <source>Hold to talk (Ctrl+Space); using {0}</source>
        <translation>按住说话（Ctrl+Space）；使用 {0}</translation>
    </message>
    <message>
        <location filename="../voice_input.py" line="122"/>
        <source>Voice input is off: {0}. Typing works as usual.</source>
        <translation>语音输入不可用：{0}。打字照常可用。</translation>
    </message>
    <message>
        <location filename="../voice_input.py" line="124"/>
        <source>no microphone or speech model can be used</source>
        <translation>没有可用的麦克风或语音识别模型</translation>
    </message>
</context>
<context>
    <name>TasksController</name>
    <message>
        <location filename="../tasks_controller.py" line="49"/>
        <source>Task result</source>
        <translation>任务结果</translation>
    </message>
    <message>
        <location filename="../tasks_controller.py" line="58"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../tasks_controller.py" line="59"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../tasks_panel.py" line="33"/>
        <source>e.g. write a 3,000-word bedtime story about a brave snail</source>
        <translation>例如：写一个三千字的睡前故事，讲一只勇敢的蜗牛</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="35"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="38"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="38"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="42"/>
        <source>Open result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="44"/>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../tasks_panel.py" line="77"/>
        <source>%p% · {0}/{1} parts</source>
        <translation>%p% · 第 {0}/{1} 部分</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../text_viewer.py" line="33"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="35"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="41"/>
        <source>{0} words</source>
        <translation>{0} 个词</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="50"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="54"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="54"/>
        <source>Markdown (*.md);;Text (*.txt);;All files (*)</source>
        <translation>Markdown (*.md);;文本 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../tray.py" line="19"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../tray.py" line="21"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../tray.py" line="22"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../tray.py" line="23"/>
        <source>Pause notifications</source>
        <translation>暂停通知</translation>
    </message>
    <message>
        <location filename="../tray.py" line="27"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../welcome.py" line="32"/>
        <source>What can I help with?</source>
        <translation>有什么可以帮你？</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="40"/>
        <source>I remember what you tell me, answer from it, remind you, read your notes and books, and listen when you hold the talk button.</source>
        <translation>我会记住你告诉我的事并据此回答，提醒你，阅读你的笔记和书籍；按住说话按钮时我也能听。</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="49"/>
        <source>Remember a fact</source>
        <translation>记住一件事</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="49"/>
        <source>Remember that my sister&apos;s birthday is on 12 May</source>
        <translation>记住我妹妹的生日是5月12日</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="50"/>
        <source>Ask about yourself</source>
        <translation>问问关于你自己的事</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="50"/>
        <source>When is my sister&apos;s birthday?</source>
        <translation>我妹妹的生日是哪天？</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="51"/>
        <source>Set a reminder</source>
        <translation>设个提醒</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="51"/>
        <source>Remind me on Friday at 9 to call the dentist</source>
        <translation>提醒我周五9点给牙医打电话</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="52"/>
        <source>Import a book or notes</source>
        <translation>导入书籍或笔记</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="54"/>
        <source>Text, Markdown or notes files…</source>
        <translation>文本、Markdown 或笔记文件…</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="72"/>
        <source>Hold Ctrl+Space (or the Hold to talk button) and speak; let go to see what I heard before it is sent.</source>
        <translation>按住 Ctrl+空格（或“按住说话”按钮）说话；松开后先看我听到了什么，再发送。</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="79"/>
        <source>Private: the model runs on this computer. Nothing you type or say leaves it, and you can see, correct or forget anything I remember (Memory tab).</source>
        <translation>私密：模型在这台电脑上运行。你输入或说的任何内容都不会离开它；我记住的一切你都可以查看、更正或忘掉（“记忆”标签页）。</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="87"/>
        <source>Enter sends · Shift+Enter new line · Ctrl+N new chat · Ctrl+K search · Esc stops a reply · F1 all shortcuts</source>
        <translation>Enter 发送 · Shift+Enter 换行 · Ctrl+N 新对话 · Ctrl+K 搜索 · Esc 停止回复 · F1 全部快捷键</translation>
    </message>
</context>
</TS>
