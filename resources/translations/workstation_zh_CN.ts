<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Not watching for changes: {0}</source>
        <translation>未在监视更改：{0}</translation>
    </message>
    <message>
        <source>Changes from other workstations are waiting until you finish editing.</source>
        <translation>其他工作站的更改将在您完成编辑后显示。</translation>
    </message>
    <message>
        <source>Live: other workstations&apos; changes appear at once.</source>
        <translation>实时：其他工作站的更改会立即显示。</translation>
    </message>
    <message>
        <source>Live: checking for other workstations&apos; changes every {0} s.</source>
        <translation>实时：每 {0} 秒检查一次其他工作站的更改。</translation>
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
        <translation>已添加会议间活动</translation>
    </message>
    <message>
        <source>Activity between meetings changed</source>
        <translation>已更改会议间活动</translation>
    </message>
    <message>
        <source>Participant added to an activity</source>
        <translation>已为活动添加参加人员</translation>
    </message>
    <message>
        <source>Participant removed from an activity</source>
        <translation>已从活动中移除参加人员</translation>
    </message>
    <message>
        <source>Commitment linked to an activity</source>
        <translation>已将承诺事项关联到活动</translation>
    </message>
    <message>
        <source>Commitment unlinked from an activity</source>
        <translation>已取消承诺事项与活动的关联</translation>
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
        <source>Document attached</source>
        <translation>已附加文件</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>已移除文件</translation>
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
        <source>Briefing pack archived as it went out</source>
        <translation>简报已按发出时的原样存档</translation>
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
        <translation>已添加承诺事项</translation>
    </message>
    <message>
        <source>Commitment changed</source>
        <translation>已更改承诺事项</translation>
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
        <translation>已更改承诺事项的即将到期期限</translation>
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
        <source>Escalation&apos;s texts corrected or translated</source>
        <translation>升级事项文本已更正或翻译</translation>
    </message>
    <message>
        <source>Hotline response target set</source>
        <translation>已设定热线响应目标</translation>
    </message>
    <message>
        <source>Hotline contact point added</source>
        <translation>已添加热线联络人</translation>
    </message>
    <message>
        <source>Hotline contact point removed</source>
        <translation>已移除热线联络人</translation>
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
        <source>Version of a summary of outcomes opened</source>
        <translation>成果摘要新版本已开启</translation>
    </message>
    <message>
        <source>Paragraph added to a summary of outcomes</source>
        <translation>成果摘要已添加段落</translation>
    </message>
    <message>
        <source>Paragraph of a summary of outcomes changed</source>
        <translation>成果摘要段落已修改</translation>
    </message>
    <message>
        <source>Paragraph of a summary of outcomes updated from the agenda</source>
        <translation>成果摘要段落已按议程更新</translation>
    </message>
    <message>
        <source>Paragraph removed from a summary of outcomes</source>
        <translation>成果摘要已删除段落</translation>
    </message>
    <message>
        <source>Paragraph of a summary of outcomes renumbered</source>
        <translation>成果摘要段落已重新编号</translation>
    </message>
    <message>
        <source>Summary of outcomes proposed</source>
        <translation>成果摘要已提议</translation>
    </message>
    <message>
        <source>Summary of outcomes agreed by one side</source>
        <translation>成果摘要已获一方同意</translation>
    </message>
    <message>
        <source>Summary of outcomes final (agreed by both sides)</source>
        <translation>成果摘要已定稿（双方均已同意）</translation>
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
        <source>Request&apos;s clock paused</source>
        <translation>请求暂停计时</translation>
    </message>
    <message>
        <source>Request&apos;s clock resumed</source>
        <translation>请求恢复计时</translation>
    </message>
    <message>
        <source>Request&apos;s due date extended</source>
        <translation>请求截止日期延长</translation>
    </message>
    <message>
        <source>Result of an investigation recorded</source>
        <translation>记录调查结果</translation>
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
        <source>Briefing defaults of a side changed</source>
        <translation>一方的简报默认设置已更改</translation>
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
    <message>
        <source>Agency changed</source>
        <translation>修改了机构</translation>
    </message>
    <message>
        <source>Agency deactivated</source>
        <translation>停用了机构</translation>
    </message>
    <message>
        <source>Agency reactivated</source>
        <translation>恢复了机构</translation>
    </message>
    <message>
        <source>Agency merged into another</source>
        <translation>机构并入了另一机构</translation>
    </message>
    <message>
        <source>Record moved to the surviving agency by a merge</source>
        <translation>机构合并将记录移至保留的机构</translation>
    </message>
    <message>
        <source>Agency added by a roster import</source>
        <translation>名册导入添加了机构</translation>
    </message>
    <message>
        <source>Agency removed: roster import undone</source>
        <translation>撤销名册导入，机构已删除</translation>
    </message>
    <message>
        <source>Designated official named</source>
        <translation>指定了联络官员</translation>
    </message>
    <message>
        <source>Designated official&apos;s term changed</source>
        <translation>修改了联络官员的任期</translation>
    </message>
    <message>
        <source>Commitment handed over to the successor dialogue</source>
        <translation>承诺移交给了后续对话</translation>
    </message>
    <message>
        <source>Dialogue&apos;s meetings a year changed</source>
        <translation>修改了对话的年度会议次数</translation>
    </message>
    <message>
        <source>Dialogue ended</source>
        <translation>对话已结束</translation>
    </message>
    <message>
        <source>Change of meetings a year added</source>
        <translation>添加了年度会议次数的变更</translation>
    </message>
    <message>
        <source>Change of meetings a year changed</source>
        <translation>修改了年度会议次数的变更</translation>
    </message>
    <message>
        <source>Escalation handed over to the successor dialogue</source>
        <translation>升级事项移交给了后续对话</translation>
    </message>
    <message>
        <source>Meeting deleted</source>
        <translation>删除了会议</translation>
    </message>
    <message>
        <source>Held meeting&apos;s status corrected</source>
        <translation>更正了已举行会议的状态</translation>
    </message>
    <message>
        <source>Request handed over to the successor dialogue</source>
        <translation>请求移交给了后续对话</translation>
    </message>
    <message>
        <source>Side keeping this database set</source>
        <translation>已设定保管本数据库的一方</translation>
    </message>
    <message>
        <source>Signing key for the exchange made</source>
        <translation>已生成交换用签名密钥</translation>
    </message>
    <message>
        <source>Other side&apos;s key trusted</source>
        <translation>已信任对方密钥</translation>
    </message>
    <message>
        <source>Package for the other side written</source>
        <translation>已写出给对方的数据包</translation>
    </message>
    <message>
        <source>Package from the other side imported</source>
        <translation>已导入对方的数据包</translation>
    </message>
    <message>
        <source>Request received in a package from the other side</source>
        <translation>从对方数据包中收到请求</translation>
    </message>
    <message>
        <source>Request updated by an event from the other side</source>
        <translation>请求已按对方的事件更新</translation>
    </message>
    <message>
        <source>Escalation received in a package from the other side</source>
        <translation>从对方数据包中收到升级事项</translation>
    </message>
    <message>
        <source>Version of a summary of outcomes received from the other side</source>
        <translation>从对方收到成果摘要的一个版本</translation>
    </message>
    <message>
        <source>Difference settled: the other side&apos;s value accepted</source>
        <translation>差异已处理：采用对方的值</translation>
    </message>
    <message>
        <source>Difference settled: this side&apos;s value kept</source>
        <translation>差异已处理：保留我方的值</translation>
    </message>
    <message>
        <source>Difference settled: value agreed by both sides</source>
        <translation>差异已处理：采用双方商定的值</translation>
    </message>
    <message>
        <source>Request reconciled with the other side</source>
        <translation>请求已与对方核对</translation>
    </message>
    <message>
        <source>Escalation reconciled with the other side</source>
        <translation>升级事项已与对方核对</translation>
    </message>
    <message>
        <source>Paragraph of a summary of outcomes reconciled with the other side</source>
        <translation>成果摘要段落已与对方核对</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <source>Several workstations share one PostgreSQL database; a SQLite file serves this workstation only. Ask your administrator for the server address and your login.</source>
        <translation>多个工作站共用一个 PostgreSQL 数据库；SQLite 文件只供本工作站使用。请向管理员索取服务器地址和您的登录名。</translation>
    </message>
    <message>
        <source>postgresql://server/dialogue  or  a SQLite file</source>
        <translation>postgresql://服务器/dialogue  或  SQLite 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>The password is never written to a settings file.</source>
        <translation>密码绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>(kept in the system keyring)</source>
        <translation>（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>已连接：{0}</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>无法连接：{0}</translation>
    </message>
</context>
<context>
    <name>RecentChangesModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>（您）</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>This workstation&apos;s database and role, live refresh, backups, and the changes made on every workstation.</source>
        <translation>本工作站的数据库和角色、实时刷新、备份，以及各工作站所做的更改。</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>连接设置…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Set up database roles</source>
        <translation>设置数据库角色</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
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
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Live refresh</source>
        <translation>实时刷新</translation>
    </message>
    <message>
        <source>Last change from elsewhere</source>
        <translation>最近一次来自其他工作站的更改</translation>
    </message>
    <message>
        <source>Recent changes on every workstation</source>
        <translation>各工作站的最近更改</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无更改记录。</translation>
    </message>
    <message>
        <source>(PostgreSQL, shared by every workstation)</source>
        <translation>（PostgreSQL，各工作站共用）</translation>
    </message>
    <message>
        <source>(SQLite, this workstation only)</source>
        <translation>（SQLite，仅限本工作站）</translation>
    </message>
    <message>
        <source>{0} · role: {1}</source>
        <translation>{0} · 角色：{1}</translation>
    </message>
    <message>
        <source>Kept by the application (users add); a SQLite file has no server roles.</source>
        <translation>由应用程序管理（users add）；SQLite 文件没有服务器角色。</translation>
    </message>
    <message>
        <source>Enforced by the database server: your login&apos;s group decides what you may do.</source>
        <translation>由数据库服务器强制执行：您的登录名所属的组决定您可以做什么。</translation>
    </message>
    <message>
        <source>Not set up on the server yet: an administrator runs &apos;Set up database roles&apos;.</source>
        <translation>服务器上尚未设置：请管理员运行“设置数据库角色”。</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>只有管理员可以恢复备份。</translation>
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
        <translation>查看者</translation>
    </message>
    <message>
        <source>none since this window opened</source>
        <translation>本窗口打开以来没有</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <source>Saved. Dialogue Planner uses the new connection the next time it starts.</source>
        <translation>已保存。对话规划器下次启动时将使用新连接。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.dump);;All files (*)</source>
        <translation>备份 (*.sqlite *.dump);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The database was copied to {0}.</source>
        <translation>数据库已复制到 {0}。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the database?</source>
        <translation>替换数据库？</translation>
    </message>
    <message>
        <source>Everything in the database is replaced by the backup {0}. Other workstations should close Dialogue Planner first.</source>
        <translation>数据库中的所有内容将被备份 {0} 替换。其他工作站应先关闭对话规划器。</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The previous state was kept in {0}.</source>
        <translation>之前的状态已保存在 {0}。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Database roles</source>
        <translation>数据库角色</translation>
    </message>
    <message>
        <source>The roles are set up on {0} tables: viewers read, the secretariat edits, administrators also manage users; nobody can change the audit trail.</source>
        <translation>已在 {0} 个表上设置角色：查看者只读，秘书处可编辑，管理员还可管理用户；任何人都不能更改审计记录。</translation>
    </message>
</context>
<context>
    <name>WorkstationStartup</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>连接设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>
