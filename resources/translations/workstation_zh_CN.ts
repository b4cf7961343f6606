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
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>他人已更改此记录</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <source>{0} was saved by someone else while you were editing it. Their values are shown beside yours; nothing has been saved yet.</source>
        <translation>在您编辑期间，{0}已被他人保存。对方的值显示在您的值旁边；目前尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Fields you both changed are marked in red: merging is not possible for them.</source>
        <translation>双方都更改过的字段以红色标出：这些字段无法合并。</translation>
    </message>
    <message>
        <source>Their values and yours</source>
        <translation>对方的值与您的值</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Discard your changes and show their version.</source>
        <translation>放弃您的更改，显示对方的版本。</translation>
    </message>
    <message>
        <source>Apply mine on top</source>
        <translation>以我的更改覆盖</translation>
    </message>
    <message>
        <source>Save your changes over theirs; the overwrite is recorded in the audit trail.</source>
        <translation>用您的更改覆盖对方的更改；此次覆盖将记入审计记录。</translation>
    </message>
    <message>
        <source>Merge field by field</source>
        <translation>逐字段合并</translation>
    </message>
    <message>
        <source>Keep their changes and add yours.</source>
        <translation>保留对方的更改并加入您的更改。</translation>
    </message>
    <message>
        <source>Not possible: you both changed {0}.</source>
        <translation>无法合并：双方都更改了{0}。</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Go back to your edit without saving.</source>
        <translation>返回编辑，不保存。</translation>
    </message>
    <message>
        <source>Overwrite their changes?</source>
        <translation>覆盖对方的更改？</translation>
    </message>
    <message>
        <source>Your values replace what someone else saved in: {0}. The overwrite is recorded in the audit trail with their values.</source>
        <translation>您的值将替换他人在以下字段中保存的内容：{0}。此次覆盖连同对方的值将记入审计记录。</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>他人保存的</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Both of you changed this field.</source>
        <translation>双方都更改了此字段。</translation>
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
        <translation>操作人</translation>
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
