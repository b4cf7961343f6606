<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dialogue Planner</source>
        <translation>关于对话规划器</translation>
    </message>
    <message>
        <source>Dialogue Planner {0}</source>
        <translation>对话规划器 {0}</translation>
    </message>
    <message>
        <source>Plans the meetings of a bilateral high-level dialogue, keeps both delegations, logs requests and hotline escalations, carries the agenda over and issues briefing packs.</source>
        <translation>为双边高级别对话安排会议，维护双方代表团名单，登记协助请求和热线升级事项，顺延议程，并印发简报材料。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>SQLite file {0}</source>
        <translation>SQLite 文件 {0}</translation>
    </message>
    <message>
        <source>database {0} on the PostgreSQL server {1}</source>
        <translation>PostgreSQL 服务器 {1} 上的数据库 {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Dialogue Planner is free software under the Apache License 2.0.</source>
        <translation>对话规划器是依据 Apache License 2.0 发布的自由软件。</translation>
    </message>
    <message>
        <source>It is built with these components, each under its own licence:</source>
        <translation>本程序使用了以下组件，各组件适用其各自的许可证：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AddDialogueDialog</name>
    <message>
        <source>Add a dialogue</source>
        <translation>添加对话机制</translation>
    </message>
    <message>
        <source>e.g. LECD</source>
        <translation>例如 LECD</translation>
    </message>
    <message>
        <source>The day the first meeting is due by (may stay empty)</source>
        <translation>首次会议的截止日期（可留空）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English, Chinese)</source>
        <translation>名称（英文、中文）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation>每年会议次数</translation>
    </message>
    <message>
        <source>First meeting by</source>
        <translation>首次会议截止</translation>
    </message>
    <message>
        <source>Give the day the dialogue was established.</source>
        <translation>请填写对话机制的成立日期。</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Briefing</source>
        <translation>简报</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <source>Cadence of {0}</source>
        <translation>{0} 的会议频率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation>每年会议次数</translation>
    </message>
    <message>
        <source>Give the day the new cadence starts.</source>
        <translation>请填写新频率的开始日期。</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
</context>
<context>
    <name>DatabaseName</name>
    <message>
        <source>in memory</source>
        <translation>内存中</translation>
    </message>
</context>
<context>
    <name>DialogueTableModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>继任机制</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>DialoguesDialog</name>
    <message>
        <source>Cadence history</source>
        <translation>频率历史</translation>
    </message>
    <message>
        <source>from {0}: 1 meeting a year</source>
        <translation>自 {0} 起：每年 1 次会议</translation>
    </message>
    <message>
        <source>from {0}: {1} meetings a year</source>
        <translation>自 {0} 起：每年 {1} 次会议</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话机制</translation>
    </message>
    <message>
        <source>The dialogues (mechanisms) this database holds; every page shows the one worked on (●).</source>
        <translation>本数据库中的对话机制；各页面显示当前处理的机制（●）。</translation>
    </message>
    <message>
        <source>You may only read them.</source>
        <translation>您只能查看。</translation>
    </message>
    <message>
        <source>No dialogues yet.</source>
        <translation>尚无对话机制。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>结束…</translation>
    </message>
    <message>
        <source>Change cadence…</source>
        <translation>更改频率…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>切换到此机制</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Established {0}</source>
        <translation>成立于 {0}</translation>
    </message>
    <message>
        <source>first meeting by {0}</source>
        <translation>首次会议截止 {0}</translation>
    </message>
    <message>
        <source>ended {0}</source>
        <translation>结束于 {0}</translation>
    </message>
    <message>
        <source>succeeded by {0}</source>
        <translation>由 {0} 继任</translation>
    </message>
    <message>
        <source>Your role may only read the dialogues.</source>
        <translation>您的角色只能查看对话机制。</translation>
    </message>
    <message>
        <source>{0} added; it is now the dialogue worked on.</source>
        <translation>已添加 {0}；现在处理的是该机制。</translation>
    </message>
    <message>
        <source>{0} ended.</source>
        <translation>{0} 已结束。</translation>
    </message>
    <message>
        <source>The cadence of {0} changed.</source>
        <translation>{0} 的频率已更改。</translation>
    </message>
    <message>
        <source>Hand over to {0}</source>
        <translation>移交给 {0}</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Handed over to {0}: {1} agenda item(s), {2} request(s), {3} escalation(s).</source>
        <translation>已移交给 {0}：{1} 个议程项目，{2} 个请求，{3} 个升级事项。</translation>
    </message>
    <message>
        <source>Now working on {0}.</source>
        <translation>现在处理：{0}。</translation>
    </message>
</context>
<context>
    <name>EndDialogueDialog</name>
    <message>
        <source>End {0}</source>
        <translation>结束 {0}</translation>
    </message>
    <message>
        <source>The dialogue&apos;s last day. Compliance stops there, and no meeting is proposed after it. Ending it again corrects the date.</source>
        <translation>对话机制的最后一天。合规统计至此为止，此后不再提议会议。再次结束可更正日期。</translation>
    </message>
    <message>
        <source>No successor named</source>
        <translation>未指定继任机制</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Succeeded by</source>
        <translation>继任机制</translation>
    </message>
    <message>
        <source>Give the dialogue&apos;s last day.</source>
        <translation>请填写对话机制的最后一天。</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <source>Something went wrong inside Dialogue Planner after the work itself had finished: what it saved is saved, but the window may not show it yet (press F5 to show it).</source>
        <translation>Dialogue Planner 在工作完成后内部出错：已保存的内容已经保存，但窗口可能尚未显示（按 F5 显示）。</translation>
    </message>
    <message>
        <source>Something went wrong inside Dialogue Planner. Your data is safe: the change was not saved.</source>
        <translation>Dialogue Planner 内部出错。您的数据安全：此更改未保存。</translation>
    </message>
    <message>
        <source>The details were written to {0}; please send them to the secretariat&apos;s support.</source>
        <translation>详细信息已写入 {0}，请发送给秘书处的技术支持。</translation>
    </message>
    <message>
        <source>The details could not be written to {0} (the disk may be full or the folder read-only): copy them from below and send them to the secretariat&apos;s support.</source>
        <translation>详细信息无法写入 {0}（磁盘可能已满或文件夹为只读）：请从下方复制并发送给秘书处的技术支持。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>EscalationsPage</name>
    <message>
        <source>Escalations</source>
        <translation>升级事项</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Reconciliation</source>
        <translation>核对</translation>
    </message>
</context>
<context>
    <name>HandOverText</name>
    <message>
        <source>From {0} to {1}:</source>
        <translation>从 {0} 移交给 {1}：</translation>
    </message>
    <message>
        <source>to meeting {0}</source>
        <translation>移至第 {0} 次会议</translation>
    </message>
    <message>
        <source>no planned meeting of the successor takes them yet</source>
        <translation>继任机制尚无可接收它们的计划会议</translation>
    </message>
    <message>
        <source>{0} open agenda item(s), {1}:</source>
        <translation>{0} 个未决议程项目，{1}：</translation>
    </message>
    <message>
        <source> ({0} open commitment(s))</source>
        <translation>（{0} 项未完成承诺）</translation>
    </message>
    <message>
        <source>meeting {0}</source>
        <translation>第 {0} 次会议</translation>
    </message>
    <message>
        <source>Open requests: {0}</source>
        <translation>未结请求：{0}</translation>
    </message>
    <message>
        <source>Open escalations: {0}</source>
        <translation>未结升级事项：{0}</translation>
    </message>
    <message>
        <source>Nothing is open: there is nothing to hand over.</source>
        <translation>没有未结事项：无需移交。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dialogue Planner</source>
        <translation>对话规划器</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>{0} · role: {1}</source>
        <translation>{0} · 角色：{1}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Dialogue:</source>
        <translation>对话(&amp;D)：</translation>
    </message>
    <message>
        <source>Dialogue worked on</source>
        <translation>当前处理的对话</translation>
    </message>
    <message>
        <source>The dialogue (mechanism) every page shows; choose another to work on it</source>
        <translation>各页面显示的对话（机制）；选择另一个对话即切换到该对话</translation>
    </message>
    <message>
        <source>Manage the dialogues: add, end, cadence, hand over</source>
        <translation>管理对话机制：添加、结束、频率、移交</translation>
    </message>
    <message>
        <source>Manage the dialogues</source>
        <translation>管理对话机制</translation>
    </message>
    <message>
        <source>(ended {0})</source>
        <translation>（已于 {0} 结束）</translation>
    </message>
    <message>
        <source>Now working on {0}.</source>
        <translation>现在处理：{0}。</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dialogues…</source>
        <translation>对话机制(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Dialogue Planner</source>
        <translation>关于对话规划器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤销(&amp;U)：{0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R)：{0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Dialogue Planner shows the new language when it starts again. Start again now? Nothing is lost: every change is already saved.</source>
        <translation>对话规划器重新启动后将显示新的语言。现在重新启动吗？不会丢失任何内容：所有更改均已保存。</translation>
    </message>
    <message>
        <source>Start again now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>PageCommands</name>
    <message>
        <source>Open the selected row</source>
        <translation>打开所选行</translation>
    </message>
    <message>
        <source>Act on the selected row</source>
        <translation>处理所选行</translation>
    </message>
    <message>
        <source>“{0}” is not available here now.</source>
        <translation>此处当前无法使用“{0}”。</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{0} list</source>
        <translation>{0}列表</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Mark meeting {0} held</source>
        <translation>将第 {0} 次会议标记为已举行</translation>
    </message>
    <message>
        <source>Close meeting {0} and carry over</source>
        <translation>关闭第 {0} 次会议并顺延</translation>
    </message>
    <message>
        <source>Cancel meeting {0}</source>
        <translation>取消第 {0} 次会议</translation>
    </message>
    <message>
        <source>Postpone meeting {0}</source>
        <translation>推迟第 {0} 次会议</translation>
    </message>
    <message>
        <source>Confirm meeting {0}</source>
        <translation>确认第 {0} 次会议</translation>
    </message>
    <message>
        <source>Reinstate meeting {0}</source>
        <translation>恢复第 {0} 次会议的计划</translation>
    </message>
    <message>
        <source>Edit meeting {0}</source>
        <translation>编辑第 {0} 次会议</translation>
    </message>
    <message>
        <source>Add meeting {0}</source>
        <translation>添加第 {0} 次会议</translation>
    </message>
    <message>
        <source>Add agenda item “{0}”</source>
        <translation>添加议程项目“{0}”</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>编辑“{0}”</translation>
    </message>
    <message>
        <source>Reopen “{0}”</source>
        <translation>重新开启“{0}”</translation>
    </message>
    <message>
        <source>Mark “{0}” discussed</source>
        <translation>将“{0}”标记为已讨论</translation>
    </message>
    <message>
        <source>Resolve “{0}”</source>
        <translation>解决“{0}”</translation>
    </message>
    <message>
        <source>Withdraw “{0}”</source>
        <translation>撤回“{0}”</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>移动“{0}”</translation>
    </message>
    <message>
        <source>Add action item “{0}”</source>
        <translation>添加行动事项“{0}”</translation>
    </message>
    <message>
        <source>Edit action item “{0}”</source>
        <translation>编辑行动事项“{0}”</translation>
    </message>
    <message>
        <source>Delete action item “{0}”</source>
        <translation>删除行动事项“{0}”</translation>
    </message>
    <message>
        <source>Log request {0}</source>
        <translation>登记请求 {0}</translation>
    </message>
    <message>
        <source>Edit request {0}</source>
        <translation>编辑请求 {0}</translation>
    </message>
    <message>
        <source>Record a response to {0}</source>
        <translation>记录对 {0} 的答复</translation>
    </message>
    <message>
        <source>Update request {0}</source>
        <translation>更新请求 {0}</translation>
    </message>
    <message>
        <source>Log escalation {0}</source>
        <translation>登记升级事项 {0}</translation>
    </message>
    <message>
        <source>Put {0} on the agenda</source>
        <translation>将 {0} 列入议程</translation>
    </message>
    <message>
        <source>Acknowledge {0}</source>
        <translation>确认收到 {0}</translation>
    </message>
    <message>
        <source>Resolve {0}</source>
        <translation>解决 {0}</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>关闭 {0}</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>重新开启 {0}</translation>
    </message>
    <message>
        <source>Add delegate {0}</source>
        <translation>添加代表 {0}</translation>
    </message>
    <message>
        <source>Edit delegate {0}</source>
        <translation>编辑代表 {0}</translation>
    </message>
    <message>
        <source>Deactivate {0}</source>
        <translation>停用 {0}</translation>
    </message>
    <message>
        <source>Reactivate {0}</source>
        <translation>恢复 {0}</translation>
    </message>
    <message>
        <source>Add {0} to a delegation</source>
        <translation>将 {0} 加入代表团</translation>
    </message>
    <message>
        <source>Change {0} in a delegation</source>
        <translation>更改代表团中的 {0}</translation>
    </message>
    <message>
        <source>Take {0} off a delegation</source>
        <translation>将 {0} 移出代表团</translation>
    </message>
    <message>
        <source>Add blackout “{0}”</source>
        <translation>添加禁排期“{0}”</translation>
    </message>
    <message>
        <source>Remove blackout “{0}”</source>
        <translation>删除禁排期“{0}”</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>已撤销：{0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>已重做：{0}</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
</context>
</TS>
