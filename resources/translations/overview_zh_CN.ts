<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
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
        <source>US Letter</source>
        <translation>美国 Letter</translation>
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
</TS>
