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
    <name>CarryOverDialog</name>
    <message>
        <source>Items that move</source>
        <translation>将移动的议题</translation>
    </message>
    <message>
        <source>No item moves.</source>
        <translation>没有议题移动。</translation>
    </message>
    <message>
        <source>{0} (carried {1}×)</source>
        <translation>{0}（顺延{1}次）</translation>
    </message>
    <message>
        <source>Standing items are marked discussed; the next meeting has its own.</source>
        <translation>常设议题标记为已讨论；下次会议有自己的常设议题。</translation>
    </message>
    <message>
        <source>Close meeting {0}</source>
        <translation>关闭第{0}次会议</translation>
    </message>
    <message>
        <source>Close and carry over</source>
        <translation>关闭并顺延</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Mark meeting {0} held</source>
        <translation>将第{0}次会议标记为已举行</translation>
    </message>
    <message>
        <source>Mark held and carry over</source>
        <translation>标记为已举行并顺延</translation>
    </message>
    <message>
        <source>Cancel meeting {0}</source>
        <translation>取消第{0}次会议</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <source>Keep the meeting</source>
        <translation>保留会议</translation>
    </message>
    <message>
        <source>Postpone meeting {0}</source>
        <translation>推迟第{0}次会议</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Meeting {0} will be marked held and closed.</source>
        <translation>第{0}次会议将标记为已举行并关闭。</translation>
    </message>
    <message>
        <source>Meeting {0} will be closed.</source>
        <translation>第{0}次会议将关闭。</translation>
    </message>
    <message>
        <source>{0} unresolved item(s) will be carried over to meeting {1}:</source>
        <translation>{0}项未决议题将顺延至第{1}次会议：</translation>
    </message>
    <message>
        <source>Every item is resolved or withdrawn: nothing will be carried over.</source>
        <translation>所有议题均已解决或撤回：没有需要顺延的议题。</translation>
    </message>
    <message>
        <source>Meeting {0} will be cancelled; it keeps its number.</source>
        <translation>第{0}次会议将被取消，其编号保留。</translation>
    </message>
    <message>
        <source>{0} unresolved item(s) will move to the agenda of meeting {1}:</source>
        <translation>{0}项未决议题将移至第{1}次会议的议程：</translation>
    </message>
    <message>
        <source>{0} unresolved item(s) will stay on its agenda, because no open meeting follows it: move them once the next meeting is planned.</source>
        <translation>{0}项未决议题将留在该会议的议程上，因为其后没有未举行的会议：请在安排下次会议后将其移走。</translation>
    </message>
    <message>
        <source>No unresolved item is on its agenda: nothing moves.</source>
        <translation>议程上没有未决议题：无需移动。</translation>
    </message>
    <message>
        <source>Meeting {0} will be postponed: give it new dates once they are agreed.</source>
        <translation>第{0}次会议将推迟：商定新日期后请填写。</translation>
    </message>
    <message>
        <source>{0} item(s) carried over to it will move on to meeting {1}:</source>
        <translation>顺延至该会议的{0}项议题将继续移至第{1}次会议：</translation>
    </message>
    <message>
        <source>Its own agenda stays with it.</source>
        <translation>该会议自己的议程保持不变。</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>Action item added</source>
        <translation>添加了行动事项</translation>
    </message>
    <message>
        <source>Action item deleted</source>
        <translation>删除了行动事项</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>修改了行动事项</translation>
    </message>
    <message>
        <source>Activity between meetings added</source>
        <translation>已添加会间活动</translation>
    </message>
    <message>
        <source>Activity between meetings changed</source>
        <translation>已修改会间活动</translation>
    </message>
    <message>
        <source>Participant added to an activity</source>
        <translation>已为活动添加参加人</translation>
    </message>
    <message>
        <source>Participant removed from an activity</source>
        <translation>已从活动中移除参加人</translation>
    </message>
    <message>
        <source>Commitment linked to an activity</source>
        <translation>已将承诺关联到活动</translation>
    </message>
    <message>
        <source>Commitment unlinked from an activity</source>
        <translation>已取消承诺与活动的关联</translation>
    </message>
    <message>
        <source>Agency added</source>
        <translation>添加了机构</translation>
    </message>
    <message>
        <source>Agenda reordered</source>
        <translation>调整了议程顺序</translation>
    </message>
    <message>
        <source>Agenda item added</source>
        <translation>添加了议题</translation>
    </message>
    <message>
        <source>Agenda item changed</source>
        <translation>修改了议题</translation>
    </message>
    <message>
        <source>Agenda item reopened</source>
        <translation>重新打开了议题</translation>
    </message>
    <message>
        <source>Agenda item discussed</source>
        <translation>议题已讨论</translation>
    </message>
    <message>
        <source>Agenda item resolved</source>
        <translation>议题已解决</translation>
    </message>
    <message>
        <source>Agenda item withdrawn</source>
        <translation>撤回了议题</translation>
    </message>
    <message>
        <source>Agenda item carried over</source>
        <translation>议题已顺延</translation>
    </message>
    <message>
        <source>Agenda item carried in from the last meeting</source>
        <translation>议题由上次会议顺延而来</translation>
    </message>
    <message>
        <source>Agenda item moved on from a cancelled meeting</source>
        <translation>议题由已取消的会议移出</translation>
    </message>
    <message>
        <source>Agenda item moved to another meeting</source>
        <translation>议题移至另一次会议</translation>
    </message>
    <message>
        <source>Blackout period added</source>
        <translation>添加了禁排期</translation>
    </message>
    <message>
        <source>Blackout period removed</source>
        <translation>删除了禁排期</translation>
    </message>
    <message>
        <source>Numbered copy of the briefing pack issued</source>
        <translation>发放了简报材料的编号副本</translation>
    </message>
    <message>
        <source>Roster column mapping saved</source>
        <translation>保存了名册列对应</translation>
    </message>
    <message>
        <source>Roster column mapping deleted</source>
        <translation>删除了名册列对应</translation>
    </message>
    <message>
        <source>Commitment added</source>
        <translation>已添加承诺</translation>
    </message>
    <message>
        <source>Commitment changed</source>
        <translation>已修改承诺</translation>
    </message>
    <message>
        <source>Another workstation&apos;s change overwritten</source>
        <translation>覆盖了其他工作站的更改</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>从备份恢复了数据库</translation>
    </message>
    <message>
        <source>Database roles set up</source>
        <translation>设置了数据库角色</translation>
    </message>
    <message>
        <source>Delegate added</source>
        <translation>添加了代表</translation>
    </message>
    <message>
        <source>Due-soon period of commitments changed</source>
        <translation>已修改承诺“即将到期”的天数</translation>
    </message>
    <message>
        <source>Delegate changed</source>
        <translation>修改了代表信息</translation>
    </message>
    <message>
        <source>Delegate deactivated</source>
        <translation>停用了代表</translation>
    </message>
    <message>
        <source>Delegate reactivated</source>
        <translation>恢复了代表</translation>
    </message>
    <message>
        <source>Delegate added by a roster import</source>
        <translation>名册导入添加了代表</translation>
    </message>
    <message>
        <source>Delegate changed by a roster import</source>
        <translation>名册导入修改了代表信息</translation>
    </message>
    <message>
        <source>Delegate deactivated by a roster import</source>
        <translation>名册导入停用了代表</translation>
    </message>
    <message>
        <source>Delegate restored: roster import undone</source>
        <translation>撤销名册导入，代表已恢复</translation>
    </message>
    <message>
        <source>Delegate put on a delegation</source>
        <translation>代表加入了代表团</translation>
    </message>
    <message>
        <source>Delegation member changed</source>
        <translation>修改了代表团成员</translation>
    </message>
    <message>
        <source>Delegate taken off a delegation</source>
        <translation>代表移出了代表团</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>载入了演示数据</translation>
    </message>
    <message>
        <source>Dialogue created</source>
        <translation>创建了对话</translation>
    </message>
    <message>
        <source>Scheduling preferences changed</source>
        <translation>修改了排期偏好</translation>
    </message>
    <message>
        <source>Escalation logged</source>
        <translation>登记了升级事项</translation>
    </message>
    <message>
        <source>Request linked to an escalation</source>
        <translation>将请求关联到升级事项</translation>
    </message>
    <message>
        <source>Escalation reopened</source>
        <translation>重新打开了升级事项</translation>
    </message>
    <message>
        <source>Escalation acknowledged</source>
        <translation>确认了升级事项</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>升级事项已解决</translation>
    </message>
    <message>
        <source>Escalation closed</source>
        <translation>关闭了升级事项</translation>
    </message>
    <message>
        <source>Meeting added</source>
        <translation>添加了会议</translation>
    </message>
    <message>
        <source>Meeting changed</source>
        <translation>修改了会议</translation>
    </message>
    <message>
        <source>Meeting planned again</source>
        <translation>会议重新列入计划</translation>
    </message>
    <message>
        <source>Meeting confirmed</source>
        <translation>会议已确认</translation>
    </message>
    <message>
        <source>Meeting marked held</source>
        <translation>会议标记为已举行</translation>
    </message>
    <message>
        <source>Meeting postponed</source>
        <translation>会议已推迟</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>会议已取消</translation>
    </message>
    <message>
        <source>Meeting closed, open items carried over</source>
        <translation>会议已关闭，未决议题已顺延</translation>
    </message>
    <message>
        <source>Request logged</source>
        <translation>登记了请求</translation>
    </message>
    <message>
        <source>Request changed</source>
        <translation>修改了请求</translation>
    </message>
    <message>
        <source>Response to a request recorded</source>
        <translation>记录了对请求的答复</translation>
    </message>
    <message>
        <source>Request status updated</source>
        <translation>更新了请求状态</translation>
    </message>
    <message>
        <source>Entry added to a request&apos;s history</source>
        <translation>在请求历史中添加了记录</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>导入了名册</translation>
    </message>
    <message>
        <source>Roster import undone</source>
        <translation>撤销了名册导入</translation>
    </message>
    <message>
        <source>Side added</source>
        <translation>添加了一方</translation>
    </message>
    <message>
        <source>Standing agenda item added</source>
        <translation>添加了常设议题</translation>
    </message>
    <message>
        <source>Response standard added</source>
        <translation>添加了时限标准</translation>
    </message>
    <message>
        <source>Response standard changed</source>
        <translation>修改了时限标准</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加了用户</translation>
    </message>
    <message>
        <source>Existing database login taken on as a user</source>
        <translation>将已有数据库登录接纳为用户</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>修改了用户角色</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>DateEdit</name>
    <message>
        <source>“{0}” is not a date: write it as YYYY-MM-DD, e.g. 2016-06-14.</source>
        <translation>“{0}”不是日期：请按 YYYY-MM-DD 格式填写，例如 2016-06-14。</translation>
    </message>
    <message>
        <source>“{0}” is not a date: there is no year 0.</source>
        <translation>“{0}”不是日期：没有 0 年。</translation>
    </message>
    <message>
        <source>“{0}” is not a date: there is no month {1}.</source>
        <translation>“{0}”不是日期：没有 {1} 月。</translation>
    </message>
    <message>
        <source>“{0}” is not a date: {1:04d}-{2:02d} has {3} days.</source>
        <translation>“{0}”不是日期：{1:04d}-{2:02d} 只有 {3} 天。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD, or pick it from the calendar (Alt+↓).</source>
        <translation>按 YYYY-MM-DD 格式输入日期，或从日历中选择（Alt+↓）。</translation>
    </message>
</context>
<context>
    <name>EmptyText</name>
    <message>
        <source>Nothing matches the search or filter.</source>
        <translation>没有符合搜索或筛选条件的内容。</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>暂无内容。</translation>
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
    <name>OverviewPage</name>
    <message>
        <source>agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>delegates</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>escalations</source>
        <translation>升级事项</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>打开此页</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>This database holds no dialogue yet</source>
        <translation>此数据库中尚无对话</translation>
    </message>
    <message>
        <source>Set up the dialogue</source>
        <translation>设置对话</translation>
    </message>
    <message>
        <source>Create the dialogue this program keeps (its two sides, their agencies, the standing agenda items and the response standards), or load the demonstration data: the same dialogue with ten years of fictional meetings, delegates, requests and escalations, to try the program.</source>
        <translation>创建本程序管理的对话（双方、各方机构、常设议题和答复标准），或载入演示数据：同一对话加上十年的虚构会议、代表、请求和升级事项，用于试用本程序。</translation>
    </message>
    <message>
        <source>Create the dialogue</source>
        <translation>创建对话</translation>
    </message>
    <message>
        <source>Load demonstration data…</source>
        <translation>载入演示数据…</translation>
    </message>
    <message>
        <source>Creating the dialogue</source>
        <translation>正在创建对话</translation>
    </message>
    <message>
        <source>Load demonstration data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Add ten years of fictional meetings, delegates, requests and escalations to this database? They are meant for trying the program, not for the secretariat&apos;s real records.</source>
        <translation>要向此数据库添加十年的虚构会议、代表、请求和升级事项吗？这些数据仅用于试用本程序，不是秘书处的真实记录。</translation>
    </message>
    <message>
        <source>Loading the demonstration data</source>
        <translation>正在载入演示数据</translation>
    </message>
    <message>
        <source>Only an administrator can set up the dialogue.</source>
        <translation>只有管理员可以设置对话。</translation>
    </message>
    <message>
        <source>No dialogue yet</source>
        <translation>尚无对话</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Established {0} · {1} meetings a year · first meeting by {2}</source>
        <translation>设立于 {0} · 每年 {1} 次会议 · 首次会议不晚于 {2}</translation>
    </message>
    <message>
        <source>Time zone {0} · paper {1}</source>
        <translation>时区 {0} · 纸张 {1}</translation>
    </message>
    <message>
        <source>co-chair</source>
        <translation>共同主席</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Agencies under these: {0}, listed on the Roster page.</source>
        <translation>下属机构：{0} 个，见“名册”页。</translation>
    </message>
    <message>
        <source>No agencies yet.</source>
        <translation>尚无机构。</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SaveCancelFooter</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
</TS>
