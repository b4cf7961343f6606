<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DifferenceTableModel</name>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级事项</translation>
    </message>
    <message>
        <source>Outcomes paragraph</source>
        <translation>成果段落</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Agenda proposal</source>
        <translation>议程提议</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>acknowledged on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>first response on</source>
        <translation>首次答复日期</translation>
    </message>
    <message>
        <source>latest quality</source>
        <translation>最新质量</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>保留其方值</translation>
    </message>
    <message>
        <source>took ours</source>
        <translation>采用我方值</translation>
    </message>
    <message>
        <source>agreed a value</source>
        <translation>已商定值</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>They said</source>
        <translation>对方意见</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Reconciliation with the other side</source>
        <translation>与对方核对</translation>
    </message>
    <message>
        <source>Differences between the two sides&apos; records</source>
        <translation>双方记录之间的差异</translation>
    </message>
    <message>
        <source>No differences: both sides hold the same values.</source>
        <translation>没有差异：双方记录的值相同。</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <source>Accept theirs</source>
        <translation>采用对方的值</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>保留我方的值</translation>
    </message>
    <message>
        <source>Agreed as…</source>
        <translation>商定为…</translation>
    </message>
    <message>
        <source>Make signing key</source>
        <translation>生成签名密钥</translation>
    </message>
    <message>
        <source>Trust their key…</source>
        <translation>信任对方密钥…</translation>
    </message>
    <message>
        <source>Nothing to reconcile: no package can come into this database.</source>
        <translation>无需核对：本数据库不接收任何数据包。</translation>
    </message>
    <message>
        <source>This database holds both sides&apos; records: it exchanges no packages.</source>
        <translation>本数据库保存双方的记录：不交换数据包。</translation>
    </message>
    <message>
        <source>To exchange packages with the other side&apos;s secretariat, the database must be kept by one side.</source>
        <translation>要与对方秘书处交换数据包，数据库必须由一方保管。</translation>
    </message>
    <message>
        <source>Kept by the secretariat of side {0} · packages exchanged: {1} · differences to settle: {2}</source>
        <translation>由 {0} 方秘书处保管 · 已交换数据包：{1} · 待处理差异：{2}</translation>
    </message>
    <message>
        <source>This side&apos;s key ({0}): fingerprint {1}</source>
        <translation>我方密钥（{0}）：指纹 {1}</translation>
    </message>
    <message>
        <source>This side has no signing key on this workstation yet.</source>
        <translation>我方在本工作站上尚无签名密钥。</translation>
    </message>
    <message>
        <source>Trusted key of side {0}: fingerprint {1}</source>
        <translation>{0} 方的受信任密钥：指纹 {1}</translation>
    </message>
    <message>
        <source>No key of the other side is trusted yet.</source>
        <translation>尚未信任对方的任何密钥。</translation>
    </message>
    <message>
        <source>Your role may only read the reconciliation.</source>
        <translation>您的角色只能查看核对内容。</translation>
    </message>
    <message>
        <source>A delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>An agenda proposal</source>
        <translation>议程提议</translation>
    </message>
    <message>
        <source>A commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>{0} is changed on its own page; here the difference can only be kept.</source>
        <translation>{0}须在其所属页面上修改；此处只能保留我方的值。</translation>
    </message>
    <message>
        <source>Settled: {0}, {1} is now {2}.</source>
        <translation>已处理：{0}，{1} 现为 {2}。</translation>
    </message>
    <message>
        <source>Agreed as</source>
        <translation>商定为</translation>
    </message>
    <message>
        <source>{0}, {1}: ours {2}, theirs {3}. Write the value both sides agreed.</source>
        <translation>{0}，{1}：我方 {2}，对方 {3}。请填写双方商定的值。</translation>
    </message>
    <message>
        <source>Agreed value</source>
        <translation>商定的值</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Import a package from the other side</source>
        <translation>导入对方的数据包</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip);;All files (*)</source>
        <translation>交换数据包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Package {0} of side {1} imported: {2} records created, {3} events added, {4} agreements; {5} differences to settle.</source>
        <translation>已导入 {1} 方第 {0} 号数据包：新建 {2} 条记录，添加 {3} 个事件，{4} 项同意；待处理差异 {5} 项。</translation>
    </message>
    <message>
        <source>Export a package for the other side</source>
        <translation>为对方导出数据包</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>交换数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Package {0} of side {1} written to {2}.</source>
        <translation>{1} 方第 {0} 号数据包已写入 {2}。</translation>
    </message>
    <message>
        <source>Make the signing key</source>
        <translation>生成签名密钥</translation>
    </message>
    <message>
        <source>A signing key for side {0} is made and kept in a protected file on this workstation. Send its public key to the other side and read its fingerprint out to them.</source>
        <translation>将为 {0} 方生成签名密钥，并保存在本工作站上受保护的文件中。请将其公钥发给对方，并向对方宣读其指纹。</translation>
    </message>
    <message>
        <source>Make key</source>
        <translation>生成密钥</translation>
    </message>
    <message>
        <source>Signing key made. Public key: {0}</source>
        <translation>签名密钥已生成。公钥：{0}</translation>
    </message>
    <message>
        <source>Key of side {0} trusted.</source>
        <translation>已信任 {0} 方的密钥。</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust the other side&apos;s key</source>
        <translation>信任对方密钥</translation>
    </message>
    <message>
        <source>Paste the public key the other side sent, then type the fingerprint they read out to you (on the hotline, not from the same message). The key is trusted only when they match.</source>
        <translation>粘贴对方发来的公钥，然后输入对方向您宣读的指纹（通过热线，而不是来自同一封消息）。只有两者一致时才会信任该密钥。</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 位十六进制数字</translation>
    </message>
    <message>
        <source>16 groups of 4 characters</source>
        <translation>16 组，每组 4 个字符</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Fingerprint read out</source>
        <translation>宣读的指纹</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
