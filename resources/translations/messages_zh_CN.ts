<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>messages</name>
    <message>
        <source>Meeting {number} was cancelled; a cancelled meeting cannot be closed.</source>
        <translation>第{number}次会议已取消；已取消的会议不能结束。</translation>
    </message>
    <message>
        <source>Meeting {number} has {count} unresolved agenda item(s) and there is no open meeting after it to carry them to: plan the next meeting first, or resolve or withdraw them.</source>
        <translation>第{number}次会议有{count}个未解决的议程项目，且其后没有可接收结转的未结束会议：请先安排下一次会议，或解决、撤回这些项目。</translation>
    </message>
    <message>
        <source>Meeting {number} starts on {first_day}: it can be closed and its items carried over once it has taken place.</source>
        <translation>第{number}次会议于{first_day}开始：会议举行后方可结束并结转其项目。</translation>
    </message>
    <message>
        <source>Meeting {number} is {status}; choose an open meeting.</source>
        <translation>第{number}次会议状态为{status}；请选择一个未结束的会议。</translation>
    </message>
    <message>
        <source>The item is already on meeting {number}&apos;s agenda.</source>
        <translation>该项目已在第{number}次会议的议程上。</translation>
    </message>
    <message>
        <source>The item is {status}; only open or discussed items can be moved.</source>
        <translation>该项目状态为{status}；只有未决或已讨论的项目可以移动。</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>议程项目需要标题。</translation>
    </message>
    <message>
        <source>The item was carried over; change the copy on the later agenda instead.</source>
        <translation>该项目已结转；请改为修改后续议程上的副本。</translation>
    </message>
    <message>
        <source>Items are carried over by closing their meeting or moving them.</source>
        <translation>项目通过结束其会议或移动来结转。</translation>
    </message>
    <message>
        <source>The item is already {current}.</source>
        <translation>该项目已是{current}状态。</translation>
    </message>
    <message>
        <source>Record the outcome that resolved the item.</source>
        <translation>请记录解决该项目的成果。</translation>
    </message>
    <message>
        <source>Say why the item is withdrawn: nothing leaves the agenda without a reason.</source>
        <translation>请说明撤回该项目的理由：任何项目都不会无故离开议程。</translation>
    </message>
    <message>
        <source>An action item needs a description.</source>
        <translation>行动项目需要说明。</translation>
    </message>
    <message>
        <source>The marking is {count} characters long; keep it to {max_marking}.</source>
        <translation>密级标识长{count}个字符；请控制在{max_marking}个以内。</translation>
    </message>
    <message>
        <source>A numbered copy needs both its number and the number of copies.</source>
        <translation>编号副本需要其编号和副本总数。</translation>
    </message>
    <message>
        <source>The meeting&apos;s time zone &apos;{time_zone}&apos; is unknown.</source>
        <translation>会议的时区“{time_zone}”未知。</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and {max_copies}.</source>
        <translation>副本数量必须在1到{max_copies}之间。</translation>
    </message>
    <message>
        <source>Copy {copy_number} does not exist in a run of {copies_total}.</source>
        <translation>共{copies_total}份的批次中没有第{copy_number}份。</translation>
    </message>
    <message>
        <source>The time zone &apos;{time_zone}&apos; of side {code} is unknown.</source>
        <translation>{code}方的时区“{time_zone}”未知。</translation>
    </message>
    <message>
        <source>A commitment needs a text: say what is to be done.</source>
        <translation>承诺事项需要文本：请说明要做什么。</translation>
    </message>
    <message>
        <source>The due date {due_on} is before meeting {meeting_number} ({meeting_start}), which made the commitment: give a later date.</source>
        <translation>截止日期{due_on}早于作出该承诺的第{meeting_number}次会议（{meeting_start}）：请给出更晚的日期。</translation>
    </message>
    <message>
        <source>Marking a commitment done needs evidence or a note: give the evidence of completion or a progress note.</source>
        <translation>将承诺事项标记为完成需要证据或说明：请提供完成的证据或进展说明。</translation>
    </message>
    <message>
        <source>The activity ends ({end}) before it starts ({start}): give an end on or after the start.</source>
        <translation>活动结束日期（{end}）早于开始日期（{start}）：请给出不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>Give the dialogue a code, e.g. CYBERCRIME or LECD.</source>
        <translation>请为对话指定代码，例如 CYBERCRIME 或 LECD。</translation>
    </message>
    <message>
        <source>A dialogue&apos;s code has at most {code_max} characters; &apos;{value}…&apos; is longer.</source>
        <translation>对话代码最多{code_max}个字符；“{value}…”过长。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a usable dialogue code: start with a letter and use only letters, digits, &apos;-&apos; and &apos;_&apos;, e.g. LECD.</source>
        <translation>“{text}”不是可用的对话代码：须以字母开头，只能使用字母、数字、“-”和“_”，例如 LECD。</translation>
    </message>
    <message>
        <source>A dialogue meets once or twice a year, not {value} times.</source>
        <translation>对话每年举行一次或两次会议，而不是{value}次。</translation>
    </message>
    <message>
        <source>{code} was established on {established_on}: it cannot end before that ({on}).</source>
        <translation>{code}成立于{established_on}：不能在此之前（{on}）结束。</translation>
    </message>
    <message>
        <source>{code} held its meeting {value} on {value2}: end it on or after that day, not {on}.</source>
        <translation>{code}于{value2}举行了第{value}次会议：请在该日或之后结束，而不是{on}。</translation>
    </message>
    <message>
        <source>A document needs a file name.</source>
        <translation>文件需要文件名。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an escalation reference: write it like HL-2016-003.</source>
        <translation>“{text}”不是升级事项编号：请写成 HL-2016-003 的形式。</translation>
    </message>
    <message>
        <source>An escalation needs a summary.</source>
        <translation>升级事项需要摘要。</translation>
    </message>
    <message>
        <source>The escalation time {raised_at} is in the future.</source>
        <translation>升级时间{raised_at}在将来。</translation>
    </message>
    <message>
        <source>{reference} cannot be resolved at {shown_time}: it was raised at {shown_time2}.</source>
        <translation>{reference}不能在{shown_time}解决：它提出于{shown_time2}。</translation>
    </message>
    <message>
        <source>{reference} cannot be resolved at {shown_time}: it was acknowledged at {shown_time2}.</source>
        <translation>{reference}不能在{shown_time}解决：它确认于{shown_time2}。</translation>
    </message>
    <message>
        <source>The resolution time {shown_time} of {reference} is in the future.</source>
        <translation>{reference}的解决时间{shown_time}在将来。</translation>
    </message>
    <message>
        <source>The escalation is already {current}.</source>
        <translation>该升级事项已是{current}状态。</translation>
    </message>
    <message>
        <source>Say how the escalation was {word}: give the resolution.</source>
        <translation>请说明升级事项如何{word}：请给出处理结果。</translation>
    </message>
    <message>
        <source>{reference} is already on the agenda of meeting {meeting} as item {position} ({status}); open that item instead of adding it again.</source>
        <translation>{reference}已作为第{position}项（{status}）列入第{meeting}次会议议程；请打开该项目，不要重复添加。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time: write it like 2016-03-01T14:30 or 2016-03-01T14:30+08:00.</source>
        <translation>“{text}”不是日期时间：请写成 2016-03-01T14:30 或 2016-03-01T14:30+08:00 的形式。</translation>
    </message>
    <message>
        <source>The public key must be 64 hexadecimal digits, as the other side&apos;s keys show prints it.</source>
        <translation>公钥必须是64位十六进制数字，与对方“keys show”显示的一致。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a side code: write it like US or CN.</source>
        <translation>“{code}”不是一方的代码：请写成 US 或 CN 的形式。</translation>
    </message>
    <message>
        <source>The member {value} is compressed; packages store their members as written.</source>
        <translation>成员{value}经过压缩；交换包按原样存放其成员。</translation>
    </message>
    <message>
        <source>The package lacks its {missing}.</source>
        <translation>交换包缺少其{missing}。</translation>
    </message>
    <message>
        <source>The file is not a Dialogue Planner exchange package (its manifest names no such format).</source>
        <translation>该文件不是 Dialogue Planner 交换包（其清单未指明此格式）。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has no valid format version.</source>
        <translation>交换包的清单没有有效的格式版本。</translation>
    </message>
    <message>
        <source>The package is of format version {version}, newer than this program reads ({format_version}): update the program.</source>
        <translation>交换包的格式版本为{version}，比本程序可读的版本（{format_version}）新：请更新程序。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest names no valid dialogue code.</source>
        <translation>交换包的清单未指明有效的对话代码。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest names no valid sender side.</source>
        <translation>交换包的清单未指明有效的发送方。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has no valid sequence number.</source>
        <translation>交换包的清单没有有效的序号。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has an invalid &apos;since&apos; number.</source>
        <translation>交换包的清单中“since”编号无效。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has no valid creation time.</source>
        <translation>交换包的清单没有有效的创建时间。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has no valid content hash.</source>
        <translation>交换包的清单没有有效的内容哈希值。</translation>
    </message>
    <message>
        <source>{where}: {name} {why}.</source>
        <translation>{where}：{name}{why}。</translation>
    </message>
    <message>
        <source>The package&apos;s records are not a JSON object.</source>
        <translation>交换包的记录不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The package&apos;s records hold an unknown part ({value!r}).</source>
        <translation>交换包的记录中有未知部分（{value!r}）。</translation>
    </message>
    <message>
        <source>The package holds {count:,} records; at most {max_records:,} are allowed.</source>
        <translation>交换包有{count:,}条记录；最多允许{max_records:,}条。</translation>
    </message>
    <message>
        <source>The package carries documents, which this version does not accept.</source>
        <translation>交换包带有文件，本版本不接受。</translation>
    </message>
    <message>
        <source>The package holds a member with an unsafe name ({name!r}).</source>
        <translation>交换包中有名称不安全的成员（{name!r}）。</translation>
    </message>
    <message>
        <source>The package holds a member with an absolute name ({name!r}).</source>
        <translation>交换包中有使用绝对路径名称的成员（{name!r}）。</translation>
    </message>
    <message>
        <source>The package holds an unexpected member ({name!r}).</source>
        <translation>交换包中有意外的成员（{name!r}）。</translation>
    </message>
    <message>
        <source>The package holds the member {name} twice.</source>
        <translation>交换包中成员{name}出现了两次。</translation>
    </message>
    <message>
        <source>The member {name} unpacks to {size:,} bytes; at most {value:,} are allowed.</source>
        <translation>成员{name}解压后为{size:,}字节；最多允许{value:,}字节。</translation>
    </message>
    <message>
        <source>The member {name} unpacks to {value:,} times its size (a zip bomb).</source>
        <translation>成员{name}解压后是其大小的{value:,}倍（压缩炸弹）。</translation>
    </message>
    <message>
        <source>The package unpacks to more than {max_total_bytes:,} bytes.</source>
        <translation>交换包解压后超过{max_total_bytes:,}字节。</translation>
    </message>
    <message>
        <source>The package&apos;s {what} is not valid JSON text.</source>
        <translation>交换包的{what}不是有效的 JSON 文本。</translation>
    </message>
    <message>
        <source>{where} is not a record.</source>
        <translation>{where}不是记录。</translation>
    </message>
    <message>
        <source>The package&apos;s {part} are not a list.</source>
        <translation>交换包的{part}不是列表。</translation>
    </message>
    <message>
        <source>Request {value}: reference {value2!r} is not valid or comes twice.</source>
        <translation>协助请求{value}：编号{value2!r}无效或重复出现。</translation>
    </message>
    <message>
        <source>Escalation {value}: reference {value2!r} is not valid or comes twice.</source>
        <translation>升级事项{value}：编号{value2!r}无效或重复出现。</translation>
    </message>
    <message>
        <source>A {word} escalation cannot have longer to be acknowledged ({acknowledge_hours} h) than to be resolved ({resolve_hours} h).</source>
        <translation>{word}升级事项的确认时限（{acknowledge_hours}小时）不能长于解决时限（{resolve_hours}小时）。</translation>
    </message>
    <message>
        <source>{reference} cannot be acknowledged at {shown}: it was raised at {shown2}.</source>
        <translation>{reference}不能在{shown}确认：它提出于{shown2}。</translation>
    </message>
    <message>
        <source>{reference} cannot be acknowledged at {shown}: it was resolved at {shown2}.</source>
        <translation>{reference}不能在{shown}确认：它已于{shown2}解决。</translation>
    </message>
    <message>
        <source>The acknowledgement time {shown} of {reference} is in the future.</source>
        <translation>{reference}的确认时间{shown}在将来。</translation>
    </message>
    <message>
        <source>A contact point cannot end ({to_on}) before it starts ({from_on}).</source>
        <translation>联络点的结束日期（{to_on}）不能早于开始日期（{from_on}）。</translation>
    </message>
    <message>
        <source>The {what} must be a whole number.</source>
        <translation>{what}必须是整数。</translation>
    </message>
    <message>
        <source>The {what} must be between 1 and {max_target_hours}; {value} is not.</source>
        <translation>{what}必须在1到{max_target_hours}之间；{value}不在此范围。</translation>
    </message>
    <message>
        <source>The {what} {value} is out of range: give a date between {earliest_day} and {latest_day}.</source>
        <translation>{what}{value}超出范围：请给出{earliest_day}至{latest_day}之间的日期。</translation>
    </message>
    <message>
        <source>The {what} must be between {low} and {high}; {short} is not.</source>
        <translation>{what}必须在{low}和{high}之间；{short}不在此范围。</translation>
    </message>
    <message>
        <source>The {what} contains control characters ({controls}).</source>
        <translation>{what}包含控制字符（{controls}）。</translation>
    </message>
    <message>
        <source>The {what} is {count} characters long; {limit} is the most allowed.</source>
        <translation>{what}长{count}个字符；最多允许{limit}个。</translation>
    </message>
    <message>
        <source>{what} &apos;{shown}&apos; is not a usable login: it contains control characters ({controls}).</source>
        <translation>{what}“{shown}”不是可用的登录名：其中包含控制字符（{controls}）。</translation>
    </message>
    <message>
        <source>{what} &apos;{shown}&apos; is not a usable login: one word, at most {max_login} characters.</source>
        <translation>{what}“{shown}”不是可用的登录名：须为一个词，最多{max_login}个字符。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {what}: it contains control characters.</source>
        <translation>“{text}”不是{what}：其中包含控制字符。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {what}: it is longer than {limit} characters.</source>
        <translation>“{text}”不是{what}：长度超过{limit}个字符。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty: there is nothing to attach.</source>
        <translation>“{name}”为空：没有可附加的内容。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size_text} ({size:,} bytes); a document may be at most {size_text2} ({max_document_bytes:,} bytes).</source>
        <translation>“{name}”大小为{size_text}（{size:,}字节）；文件最多为{size_text2}（{max_document_bytes:,}字节）。</translation>
    </message>
    <message>
        <source>{at:%H:%M} does not exist on {day} in {zone_name}: the clocks go forward then. Choose another time.</source>
        <translation>{at:%H:%M}在{day}的{zone_name}时区不存在：当时时钟拨快。请选择其他时间。</translation>
    </message>
    <message>
        <source>The meeting ends ({end_day} {end_time:%H:%M}) before it starts ({start_day} {start_time:%H:%M}).</source>
        <translation>会议结束时间（{end_day} {end_time:%H:%M}）早于开始时间（{start_day} {start_time:%H:%M}）。</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{name}&apos;: use an IANA name such as America/New_York or Asia/Shanghai.</source>
        <translation>未知时区“{name}”：请使用 IANA 名称，例如 America/New_York 或 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>A {value} meeting cannot become {value2}: reinstate it as planned first.</source>
        <translation>{value}状态的会议不能变为{value2}：请先恢复为计划中。</translation>
    </message>
    <message>
        <source>The meeting ends on {end}, before it starts on {start}.</source>
        <translation>会议结束于{end}，早于开始日期{start}。</translation>
    </message>
    <message>
        <source>A meeting cannot last more than 31 days: check the end date.</source>
        <translation>会议不能超过31天：请检查结束日期。</translation>
    </message>
    <message>
        <source>The meeting starts on {start}: it cannot be marked held before then.</source>
        <translation>会议于{start}开始：在此之前不能标记为已举行。</translation>
    </message>
    <message>
        <source>Give the city where the meeting is held.</source>
        <translation>请给出会议举办城市。</translation>
    </message>
    <message>
        <source>This meeting was held: its status cannot change. Correct its actual dates, host or city instead.</source>
        <translation>该会议已举行：其状态不能更改。请改为更正其实际日期、东道方或城市。</translation>
    </message>
    <message>
        <source>Give the paragraph&apos;s {what} (it may not be empty).</source>
        <translation>请给出该段落的{what}（不可为空）。</translation>
    </message>
    <message>
        <source>Give the reason for the revision (it is kept with the version).</source>
        <translation>请给出修订理由（与该版本一并保存）。</translation>
    </message>
    <message>
        <source>Version {version} of the outcomes of meeting {meeting} is {status} and is never edited in place; revise it to open a new draft, giving the reason.</source>
        <translation>第{meeting}次会议成果的第{version}版为{status}，不得原地编辑；请修订以开启新草稿，并说明理由。</translation>
    </message>
    <message>
        <source>Version {version} of the outcomes of meeting {meeting} is already {status}.</source>
        <translation>第{meeting}次会议成果的第{version}版已是{status}。</translation>
    </message>
    <message>
        <source>Version {version} of the outcomes of meeting {meeting} has no paragraphs; add or draft some before proposing it.</source>
        <translation>第{meeting}次会议成果的第{version}版没有段落；请先添加或起草段落再提出。</translation>
    </message>
    <message>
        <source>Side &apos;{side}&apos; is not a side of this dialogue: use one of {sides}.</source>
        <translation>“{side}”不是本对话的一方：请使用{sides}之一。</translation>
    </message>
    <message>
        <source>Version {version} of the outcomes of meeting {meeting} is a draft; propose it first.</source>
        <translation>第{meeting}次会议成果的第{version}版是草稿；请先提出。</translation>
    </message>
    <message>
        <source>Version {version} of the outcomes of meeting {meeting} is already final (both sides agreed it).</source>
        <translation>第{meeting}次会议成果的第{version}版已是定稿（双方均已同意）。</translation>
    </message>
    <message>
        <source>Side {side} has already agreed version {version} of the outcomes of meeting {meeting}.</source>
        <translation>{side}方已同意第{meeting}次会议成果的第{version}版。</translation>
    </message>
    <message>
        <source>Version {version} of the outcomes of meeting {meeting} is still a draft: edit it directly; revise only a proposed or final version.</source>
        <translation>第{meeting}次会议成果的第{version}版仍是草稿：请直接编辑；只有已提出或定稿的版本才需修订。</translation>
    </message>
    <message>
        <source>Proposals need the dialogue&apos;s two different sides.</source>
        <translation>提议需要对话的两个不同方。</translation>
    </message>
    <message>
        <source>Travel days must be between 0 and 14.</source>
        <translation>旅行天数必须在0到14之间。</translation>
    </message>
    <message>
        <source>The minimum spacing must be between 0 and 365 days.</source>
        <translation>最小间隔必须在0到365天之间。</translation>
    </message>
    <message>
        <source>Unknown preferred position &apos;{preferred_position}&apos;: use start, middle or end.</source>
        <translation>未知的首选位置“{preferred_position}”：请使用 start、middle 或 end。</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 and 14 days.</source>
        <translation>会议持续1到14天。</translation>
    </message>
    <message>
        <source>Ask for between 0 and 3 alternates.</source>
        <translation>备选数量须在0到3之间。</translation>
    </message>
    <message>
        <source>The blackout &apos;{reason}&apos; ends before it starts.</source>
        <translation>禁排日期“{reason}”的结束早于开始。</translation>
    </message>
    <message>
        <source>The window {label} is listed twice.</source>
        <translation>会期窗口{label}列出了两次。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a request reference: write it like US-2016-0042 (side, year, number).</source>
        <translation>“{text}”不是协助请求编号：请写成 US-2016-0042 的形式（方、年份、编号）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a request reference: the number starts at 0001 (US-2016-0042).</source>
        <translation>“{text}”不是协助请求编号：编号从0001开始（US-2016-0042）。</translation>
    </message>
    <message>
        <source>{reference} is {status}; its clock cannot {what}.</source>
        <translation>{reference}状态为{status}；其计时不能{what}。</translation>
    </message>
    <message>
        <source>{reference} was answered on {first_response_on}; its clock stopped then and cannot {what}.</source>
        <translation>{reference}已于{first_response_on}答复；其计时已于当时停止，不能{what}。</translation>
    </message>
    <message>
        <source>The {what} date {on} is before the last change of the clock of {reference} ({last_clock_on}).</source>
        <translation>{what}日期{on}早于{reference}计时的最近一次变更（{last_clock_on}）。</translation>
    </message>
    <message>
        <source>{reference} is already paused since {paused_since}; resume it first.</source>
        <translation>{reference}自{paused_since}起已暂停；请先恢复。</translation>
    </message>
    <message>
        <source>Say why the clock of {reference} is paused: give the reason.</source>
        <translation>请说明{reference}暂停计时的理由。</translation>
    </message>
    <message>
        <source>{reference} is not paused; there is nothing to resume.</source>
        <translation>{reference}未暂停；无需恢复。</translation>
    </message>
    <message>
        <source>The resume date {on} is before the pause began ({paused_since}).</source>
        <translation>恢复日期{on}早于暂停开始日期（{paused_since}）。</translation>
    </message>
    <message>
        <source>{reference} is paused since {paused_since}; resume it before extending it.</source>
        <translation>{reference}自{paused_since}起暂停；请先恢复再延期。</translation>
    </message>
    <message>
        <source>An extension moves the due date later: {until} is not after the due date {response_due_on}.</source>
        <translation>延期应将截止日期推后：{until}并不晚于截止日期{response_due_on}。</translation>
    </message>
    <message>
        <source>Say why the due date of {reference} is extended: give the reason.</source>
        <translation>请说明{reference}截止日期延期的理由。</translation>
    </message>
    <message>
        <source>A request needs a subject.</source>
        <translation>协助请求需要主题。</translation>
    </message>
    <message>
        <source>A request goes from one side to the other: both sides are {from_side}.</source>
        <translation>协助请求由一方发给另一方：双方都是{from_side}。</translation>
    </message>
    <message>
        <source>The received date {received_on} is in the future.</source>
        <translation>收到日期{received_on}在将来。</translation>
    </message>
    <message>
        <source>The {what} date {on} is before the request was received ({received_on}).</source>
        <translation>{what}日期{on}早于收到请求的日期（{received_on}）。</translation>
    </message>
    <message>
        <source>The {what} date {on} is in the future.</source>
        <translation>{what}日期{on}在将来。</translation>
    </message>
    <message>
        <source>{reference} is {status}; reopen it before recording a response.</source>
        <translation>{reference}状态为{status}；请先重新打开再记录答复。</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;: use one of {allowed} (a response is recorded as a response, with its quality).</source>
        <translation>未知状态“{status}”：请使用{allowed}之一（答复应作为答复记录，并附其质量）。</translation>
    </message>
    <message>
        <source>{reference} is {status}, not closed or withdrawn; nothing to reopen.</source>
        <translation>{reference}状态为{status}，并非已关闭或已撤回；无需重新打开。</translation>
    </message>
    <message>
        <source>Days allowed to acknowledge or respond cannot be negative.</source>
        <translation>确认或答复的允许天数不能为负数。</translation>
    </message>
    <message>
        <source>Days allowed to acknowledge or respond are at most {max_standard_days} (ten years).</source>
        <translation>确认或答复的允许天数最多为{max_standard_days}（十年）。</translation>
    </message>
    <message>
        <source>The days to acknowledge cannot exceed the days to respond.</source>
        <translation>确认天数不能超过答复天数。</translation>
    </message>
    <message>
        <source>A progress report needs its text.</source>
        <translation>进展报告需要文本。</translation>
    </message>
    <message>
        <source>{reference} is {status}; reopen it first.</source>
        <translation>{reference}状态为{status}；请先重新打开。</translation>
    </message>
    <message>
        <source>{reference} was already acknowledged on {acknowledged_on}.</source>
        <translation>{reference}已于{acknowledged_on}确认。</translation>
    </message>
    <message>
        <source>{reference} is already {status}.</source>
        <translation>{reference}已是{status}状态。</translation>
    </message>
    <message>
        <source>Say why {reference} is {word}: give the reason.</source>
        <translation>请说明{reference}为何{word}：请给出理由。</translation>
    </message>
    <message>
        <source>Give the start as a local time of the meeting (HH:MM), without a zone.</source>
        <translation>请以会议当地时间（HH:MM）给出开始时间，不带时区。</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>期间开始（{start}）晚于结束（{end}）。</translation>
    </message>
    <message>
        <source>Unknown {what} &apos;{text}&apos;: use one of {values}.</source>
        <translation>未知{what}“{text}”：请使用{values}之一。</translation>
    </message>
    <message>
        <source>A dialogue meets once or twice a year, not {per_year} times.</source>
        <translation>对话每年举行一次或两次会议，而不是{per_year}次。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a window: write it like 2016-H1, 2016-H2 or 2017.</source>
        <translation>“{text}”不是会期窗口：请写成 2016-H1、2016-H2 或 2017 的形式。</translation>
    </message>
    <message>
        <source>The window {strip} is out of range: give a year between {year} and {year2}.</source>
        <translation>会期窗口{strip}超出范围：请给出{year}至{year2}之间的年份。</translation>
    </message>
    <message>
        <source>The number of windows cannot be negative.</source>
        <translation>会期窗口数量不能为负数。</translation>
    </message>
    <message>
        <source>This dialogue meets {value} a year: write the window like {example}, not {strip}.</source>
        <translation>本对话每年举行{value}会议：会期窗口应写成{example}的形式，而不是{strip}。</translation>
    </message>
    <message>
        <source>No public-holiday calendar for country &apos;{country}&apos;: use an ISO code such as US or CN.</source>
        <translation>没有国家“{country}”的公共假日日历：请使用 ISO 代码，例如 US 或 CN。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {value}.</source>
        <translation>无法写入{path}：{value}。</translation>
    </message>
    <message>
        <source>A signing key for side {side} already exists ({path}); it is kept.</source>
        <translation>{side}方的签名密钥已存在（{path}）；予以保留。</translation>
    </message>
    <message>
        <source>This workstation has no signing key for side {side}: make it first.</source>
        <translation>本工作站没有{side}方的签名密钥：请先生成。</translation>
    </message>
    <message>
        <source>The signing key {path} may be read by others (mode {mode:o}): allow only its owner (0600).</source>
        <translation>签名密钥{path}可被他人读取（权限{mode:o}）：请只允许其所有者访问（0600）。</translation>
    </message>
    <message>
        <source>The signing key {path} is not an Ed25519 key.</source>
        <translation>签名密钥{path}不是 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>The package is {count:,} bytes; at most {max_package_bytes:,} are allowed.</source>
        <translation>交换包大小为{count:,}字节；最多允许{max_package_bytes:,}字节。</translation>
    </message>
    <message>
        <source>The package differs from what its sender wrote (a byte was altered or added).</source>
        <translation>交换包与发送方写入的内容不同（有字节被更改或添加）。</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not an Ed25519 signature.</source>
        <translation>交换包的签名不是 Ed25519 签名。</translation>
    </message>
    <message>
        <source>The package&apos;s records do not match the hash in its manifest (they were altered).</source>
        <translation>交换包的记录与其清单中的哈希值不符（已被更改）。</translation>
    </message>
    <message>
        <source>The signing key {path} is damaged.</source>
        <translation>签名密钥{path}已损坏。</translation>
    </message>
    <message>
        <source>The file is not a readable package (a damaged or altered zip).</source>
        <translation>该文件不是可读的交换包（zip 已损坏或被更改）。</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not readable.</source>
        <translation>交换包的签名无法读取。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match the trusted key of side {sender_side}: it was altered or signed by another key.</source>
        <translation>交换包的签名与{sender_side}方的受信任密钥不符：它已被更改，或由其他密钥签名。</translation>
    </message>
    <message>
        <source>The package holds {count} members; a package holds three.</source>
        <translation>交换包有{count}个成员；交换包应有三个成员。</translation>
    </message>
    <message>
        <source>Line {start} cannot be read as {name}-separated text: {reason}.</source>
        <translation>第{start}行无法按{name}分隔的文本读取：{reason}。</translation>
    </message>
    <message>
        <source>The first line (sep={shown}) names a separator that cannot separate cells: use a comma, a semicolon or a tab.</source>
        <translation>第一行（sep={shown}）指定的分隔符不能分隔单元格：请使用逗号、分号或制表符。</translation>
    </message>
    <message>
        <source>Line {line}: a quoted cell has text after its closing quote (&quot;); put the whole cell in quotes and double every quote inside it (&quot;&quot;).</source>
        <translation>第{line}行：带引号的单元格在结束引号（&quot;）后还有文字；请将整个单元格放入引号中，并将其中每个引号写两遍（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Line {start}: a cell holds more than {limit} characters.</source>
        <translation>第{start}行：单元格超过{limit}个字符。</translation>
    </message>
    <message>
        <source>Line {opened}: a cell opens with a quote (&quot;) that is not closed within {limit} characters; add the closing quote and import again.</source>
        <translation>第{opened}行：单元格以引号（&quot;）开始，但在{limit}个字符内未闭合；请加上结束引号后重新导入。</translation>
    </message>
    <message>
        <source>Line {opened}: a cell opens with a quote (&quot;) that is never closed; add the closing quote and import again.</source>
        <translation>第{opened}行：单元格以引号（&quot;）开始，但从未闭合；请加上结束引号后重新导入。</translation>
    </message>
    <message>
        <source>Line {opened}: the quote (&quot;) that opens a cell is not closed on that line but runs on to line {line}; check the quotes on line {opened} and import again.</source>
        <translation>第{opened}行：开始单元格的引号（&quot;）在该行未闭合，一直延续到第{line}行；请检查第{opened}行的引号后重新导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is not a roster file: it is {what}.</source>
        <translation>这不是名册文件：它是{what}。</translation>
    </message>
    <message>
        <source>This is not a roster file: it is binary (it contains NUL bytes).</source>
        <translation>这不是名册文件：它是二进制文件（含有 NUL 字节）。</translation>
    </message>
    <message>
        <source>This is not a roster file: it is binary (read as {encoding}).</source>
        <translation>这不是名册文件：它是二进制文件（按{encoding}读取）。</translation>
    </message>
    <message>
        <source>The file starts with a {upper} byte-order mark but is not valid {upper} (byte {start}).</source>
        <translation>文件以{upper}字节顺序标记开头，但不是有效的{upper}（第{start}字节）。</translation>
    </message>
    <message>
        <source>No header row found: none of the first rows names the roster columns ({required_fields}). Add a header row or choose the header row and columns by hand.</source>
        <translation>未找到标题行：前几行都没有列出名册的列（{required_fields}）。请添加标题行，或手动选择标题行和列。</translation>
    </message>
    <message>
        <source>The column mapping names unknown fields: {unknown}.</source>
        <translation>列映射中有未知字段：{unknown}。</translation>
    </message>
    <message>
        <source>Missing required column{value}: {names}.{hint}</source>
        <translation>缺少必需的列：{names}。{hint}</translation>
    </message>
    <message>
        <source>Ambiguous header: columns {column_letter} &apos;{value}&apos; and {column_letter2} &apos;{strip}&apos; both name {field}. Rename one of them or map the columns by hand.</source>
        <translation>标题不明确：{column_letter}列“{value}”和{column_letter2}列“{strip}”都对应{field}。请重命名其中之一，或手动映射各列。</translation>
    </message>
    <message>
        <source>The mapping puts {field} in column &apos;{wanted}&apos;, which the file does not have.</source>
        <translation>映射将{field}放在“{wanted}”列，但文件中没有该列。</translation>
    </message>
    <message>
        <source>Ambiguous header: columns {letters} are all called &apos;{wanted}&apos;.</source>
        <translation>标题不明确：{letters}列的名称都是“{wanted}”。</translation>
    </message>
    <message>
        <source>{found}; {allowed} at most {shown}.</source>
        <translation>{found}；{allowed}最多{shown}。</translation>
    </message>
    <message>
        <source>Row {number} is empty or beyond the end of the file.</source>
        <translation>第{number}行为空或超出文件末尾。</translation>
    </message>
    <message>
        <source>A CSV file has no sheets; leave the sheet out.</source>
        <translation>CSV 文件没有工作表；请不要指定工作表。</translation>
    </message>
    <message>
        <source>The file has a header (row {number}) but no delegate rows below it.</source>
        <translation>文件有标题行（第{number}行），但其下没有代表行。</translation>
    </message>
    <message>
        <source>There is no file {named}.</source>
        <translation>没有文件{named}。</translation>
    </message>
    <message>
        <source>{named} is a folder, not a roster file.</source>
        <translation>{named}是文件夹，不是名册文件。</translation>
    </message>
    <message>
        <source>{named} cannot be read: permission denied.</source>
        <translation>无法读取{named}：权限不足。</translation>
    </message>
    <message>
        <source>{named} cannot be read: {value}.</source>
        <translation>无法读取{named}：{value}。</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}：{message}</translation>
    </message>
    <message>
        <source>Sheet &apos;{shown}&apos; is empty.</source>
        <translation>工作表“{shown}”为空。</translation>
    </message>
    <message>
        <source>{named} is not a regular file (it is a device or a pipe).</source>
        <translation>{named}不是普通文件（它是设备或管道）。</translation>
    </message>
    <message>
        <source>The Excel workbook has no worksheets.</source>
        <translation>该 Excel 工作簿没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{shown}&apos;: it has {listed}.</source>
        <translation>工作簿中没有工作表“{shown}”：现有工作表为{listed}。</translation>
    </message>
    <message>
        <source>The Excel workbook&apos;s {where} holds more than {most} characters, more than Excel itself allows in a cell.</source>
        <translation>该 Excel 工作簿的{where}超过{most}个字符，超出了 Excel 本身对单元格的限制。</translation>
    </message>
    <message>
        <source>This is not a roster file: it is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and import that.</source>
        <translation>这不是名册文件：它是 Excel 二进制工作簿（.xlsb）；请另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>This is not a roster file: it is {kind}.</source>
        <translation>这不是名册文件：它是{kind}。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{shown}&apos;.</source>
        <translation>工作簿中没有工作表“{shown}”。</translation>
    </message>
    <message>
        <source>Sheet &apos;{shown}&apos; is a chart, not a table.</source>
        <translation>工作表“{shown}”是图表，不是表格。</translation>
    </message>
    <message>
        <source>Sheet &apos;{shown}&apos; is not a table of cells.</source>
        <translation>工作表“{shown}”不是单元格表格。</translation>
    </message>
    <message>
        <source>Cell {cell_name} of sheet &apos;{shown}&apos; holds a formula that was never calculated: {resave}.</source>
        <translation>工作表“{shown}”的单元格{cell_name}含有从未计算的公式：{resave}。</translation>
    </message>
    <message>
        <source>The Excel workbook is damaged ({detail}): {resave}.</source>
        <translation>该 Excel 工作簿已损坏（{detail}）：{resave}。</translation>
    </message>
    <message>
        <source>The Excel workbook is encrypted: remove its password in Excel and import it again.</source>
        <translation>该 Excel 工作簿已加密：请在 Excel 中移除密码后重新导入。</translation>
    </message>
    <message>
        <source>The Excel workbook&apos;s part {name} unpacks to {megabytes}; a part may unpack to at most {megabytes2}.</source>
        <translation>该 Excel 工作簿的部件{name}解压后为{megabytes}；一个部件解压后最多为{megabytes2}。</translation>
    </message>
    <message>
        <source>The Excel workbook&apos;s part {name} unpacks to {ratio:,.0f} times its packed size, as zip bombs do; a roster workbook&apos;s parts unpack to at most {max_compression_ratio} times.</source>
        <translation>该 Excel 工作簿的部件{name}解压后是其压缩大小的{ratio:,.0f}倍，与压缩炸弹相同；名册工作簿的部件解压后最多为{max_compression_ratio}倍。</translation>
    </message>
    <message>
        <source>The Excel workbook unpacks to {megabytes}; a roster workbook may unpack to at most {megabytes2}.</source>
        <translation>该 Excel 工作簿解压后为{megabytes}；名册工作簿解压后最多为{megabytes2}。</translation>
    </message>
    <message>
        <source>Cannot export to &apos;{name}&apos;: the name must end in .csv or .xlsx.</source>
        <translation>无法导出到“{name}”：文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>Cannot export to {path}: the folder {directory} does not exist.</source>
        <translation>无法导出到{path}：文件夹{directory}不存在。</translation>
    </message>
    <message>
        <source>Cannot export to {path}: permission denied (is the file open in Excel?).</source>
        <translation>无法导出到{path}：权限不足（该文件是否在 Excel 中打开？）。</translation>
    </message>
    <message>
        <source>Cannot export to {path}: {value}.</source>
        <translation>无法导出到{path}：{value}。</translation>
    </message>
    <message>
        <source>The briefing font is missing from the installation ({path}).</source>
        <translation>安装中缺少简报字体（{path}）。</translation>
    </message>
    <message>
        <source>The briefing font is missing from the installation ({latin}).</source>
        <translation>安装中缺少简报字体（{latin}）。</translation>
    </message>
    <message>
        <source>Unknown paper &apos;{paper}&apos;: use letter or a4.</source>
        <translation>未知纸张“{paper}”：请使用 letter 或 a4。</translation>
    </message>
    <message>
        <source>Unknown language &apos;{language}&apos;: use en, zh or bilingual.</source>
        <translation>未知语言“{language}”：请使用 en、zh 或 bilingual。</translation>
    </message>
    <message>
        <source>No activity with id {activity_id} in this dialogue: choose one from the list of activities.</source>
        <translation>本对话中没有编号为{activity_id}的活动：请从活动列表中选择。</translation>
    </message>
    <message>
        <source>No commitment with id {value} in this dialogue: choose one from the list of commitments.</source>
        <translation>本对话中没有编号为{value}的承诺事项：请从承诺事项列表中选择。</translation>
    </message>
    <message>
        <source>{count:,} {what} given; an activity may have at most {max_links}.</source>
        <translation>给出了{count:,}个{what}；一项活动最多{max_links}个。</translation>
    </message>
    <message>
        <source>Activity {min} cannot be linked and unlinked at once.</source>
        <translation>活动{min}不能同时关联和取消关联。</translation>
    </message>
    <message>
        <source>Nothing to change: name an activity to link or to unlink.</source>
        <translation>没有要更改的内容：请指定要关联或取消关联的活动。</translation>
    </message>
    <message>
        <source>Nothing to change: give a new kind, date, place, summary, participant or commitment.</source>
        <translation>没有要更改的内容：请给出新的类型、日期、地点、摘要、参与者或承诺事项。</translation>
    </message>
    <message>
        <source>Those activities are already linked to commitment {commitment_id}.</source>
        <translation>这些活动已与承诺事项{commitment_id}关联。</translation>
    </message>
    <message>
        <source>{latin_name} does not take part in activity {activity_id}.</source>
        <translation>{latin_name}未参加活动{activity_id}。</translation>
    </message>
    <message>
        <source>Commitment {commitment_id} is not linked to activity {activity_id}.</source>
        <translation>承诺事项{commitment_id}未与活动{activity_id}关联。</translation>
    </message>
    <message>
        <source>No agency with acronym &apos;{acronym}&apos;. Known agencies: {known}.</source>
        <translation>没有缩写为“{acronym}”的机构。已知机构：{known}。</translation>
    </message>
    <message>
        <source>&apos;{acronym}&apos; is an agency on both sides: say {options}.</source>
        <translation>“{acronym}”是双方都有的机构：请写明{options}。</translation>
    </message>
    <message>
        <source>Give the agency an acronym (e.g. DOS).</source>
        <translation>请为机构指定缩写（例如 DOS）。</translation>
    </message>
    <message>
        <source>The acronym &apos;{acronym}&apos; may not hold &apos;:&apos; (SIDE:ACRONYM names an agency).</source>
        <translation>缩写“{acronym}”不得包含“:”（SIDE:ACRONYM 用于指明机构）。</translation>
    </message>
    <message>
        <source>Give the agency&apos;s English name.</source>
        <translation>请给出机构的英文名称。</translation>
    </message>
    <message>
        <source>Unknown kind of agency &apos;{text}&apos;: use one of {kinds}.</source>
        <translation>未知机构类型“{text}”：请使用{kinds}之一。</translation>
    </message>
    <message>
        <source>Name an agency by its acronym, or SIDE:ACRONYM.</source>
        <translation>请以缩写或 SIDE:ACRONYM 指明机构。</translation>
    </message>
    <message>
        <source>Unknown agency &apos;{text}&apos;{where}: name one by the acronym the agency list shows.</source>
        <translation>未知机构“{text}”{where}：请使用机构列表中显示的缩写。</translation>
    </message>
    <message>
        <source>Side {code} already has an agency &apos;{acronym}&apos;{state}; choose another acronym.</source>
        <translation>{code}方已有机构“{acronym}”{state}；请选择其他缩写。</translation>
    </message>
    <message>
        <source>The parent agency {acronym} is inactive: reactivate it or choose another.</source>
        <translation>上级机构{acronym}已停用：请重新启用或选择其他机构。</translation>
    </message>
    <message>
        <source>{acronym} cannot be the parent of {acronym2}: it is {value} (a parent cycle).</source>
        <translation>{acronym}不能作为{acronym2}的上级：它是{value}（上级关系循环）。</translation>
    </message>
    <message>
        <source>Side {code} is not a side of this dialogue.</source>
        <translation>{code}方不是本对话的一方。</translation>
    </message>
    <message>
        <source>The period ends ({to_on}) before it starts ({from_on}).</source>
        <translation>期间结束（{to_on}）早于开始（{from_on}）。</translation>
    </message>
    <message>
        <source>Unknown side &apos;{side_text}&apos;: use one of {side_codes}.</source>
        <translation>未知的方“{side_text}”：请使用{side_codes}之一。</translation>
    </message>
    <message>
        <source>No agency &apos;{acronym}&apos; on side {code}.</source>
        <translation>{code}方没有机构“{acronym}”。</translation>
    </message>
    <message>
        <source>Agency &apos;{text}&apos; is not on side {code}.</source>
        <translation>机构“{text}”不属于{code}方。</translation>
    </message>
    <message>
        <source>Agency {code}:{acronym} is already inactive.</source>
        <translation>机构{code}:{acronym}已停用。</translation>
    </message>
    <message>
        <source>{acronym} has active sub-agencies ({items}): deactivate them, or give them another parent, first.</source>
        <translation>{acronym}有在用的下级机构（{items}）：请先停用它们或为其指定其他上级。</translation>
    </message>
    <message>
        <source>{acronym} has {count} active delegate(s): merge it into another agency, or deactivate its delegates with it.</source>
        <translation>{acronym}有{count}名在职代表：请将其合并到其他机构，或一并停用其代表。</translation>
    </message>
    <message>
        <source>Agency {code}:{acronym} is already active.</source>
        <translation>机构{code}:{acronym}已在使用中。</translation>
    </message>
    <message>
        <source>The parent of {acronym} is inactive: reactivate it first, or give {acronym} another parent.</source>
        <translation>{acronym}的上级机构已停用：请先重新启用上级，或为{acronym}指定其他上级。</translation>
    </message>
    <message>
        <source>Cannot merge {acronym} into itself: name another agency.</source>
        <translation>不能将{acronym}合并到其自身：请指定另一个机构。</translation>
    </message>
    <message>
        <source>Cannot merge {code}:{acronym} into {code2}:{acronym2}: agencies merge within one side.</source>
        <translation>不能将{code}:{acronym}合并到{code2}:{acronym2}：机构只能在同一方内合并。</translation>
    </message>
    <message>
        <source>{code}:{acronym} is inactive: reactivate it first, or merge into an active agency.</source>
        <translation>{code}:{acronym}已停用：请先重新启用，或合并到在用的机构。</translation>
    </message>
    <message>
        <source>{display} is a delegate of side {code}, not {code2}.</source>
        <translation>{display}是{code}方的代表，不是{code2}方的。</translation>
    </message>
    <message>
        <source>{display} is the designated official of {code} from {shown}, which overlaps; choose other dates.</source>
        <translation>{display}自{shown}起是{code}的指定官员，时间重叠；请选择其他日期。</translation>
    </message>
    <message>
        <source>Meeting {number} is {status}{closed}; add items to an open meeting, or to a meeting entered as held that is not closed yet.</source>
        <translation>第{number}次会议状态为{status}{closed}；请将项目添加到未结束的会议，或添加到已录入为已举行但尚未结束的会议。</translation>
    </message>
    <message>
        <source>Commitment {action_id} belongs to no agenda item: change it with &apos;commitments update {action_id}&apos;.</source>
        <translation>承诺事项{action_id}不属于任何议程项目：请使用“commitments update {action_id}”修改。</translation>
    </message>
    <message>
        <source>No agenda item with id {item_id}.</source>
        <translation>没有编号为{item_id}的议程项目。</translation>
    </message>
    <message>
        <source>Name the owner side together with the owner agency.</source>
        <translation>请在指定负责机构的同时指定负责方。</translation>
    </message>
    <message>
        <source>The new order must name every item of the agenda exactly once; reload the agenda and try again.</source>
        <translation>新顺序必须恰好列出议程的每个项目一次；请重新加载议程后再试。</translation>
    </message>
    <message>
        <source>No escalation {ref}.</source>
        <translation>没有升级事项{ref}。</translation>
    </message>
    <message>
        <source>A resolved item keeps its outcome; reopen it to clear the outcome.</source>
        <translation>已解决的项目保留其成果；如需清除成果，请重新打开该项目。</translation>
    </message>
    <message>
        <source>Say why these days are ruled out (e.g. G20 summit).</source>
        <translation>请说明排除这些日期的原因（例如二十国集团峰会）。</translation>
    </message>
    <message>
        <source>The blackout ends on {end}, before it starts on {start}.</source>
        <translation>禁排日期结束于{end}，早于开始日期{start}。</translation>
    </message>
    <message>
        <source>A blackout cannot last more than a year: enter shorter periods.</source>
        <translation>禁排日期不能超过一年：请分段录入。</translation>
    </message>
    <message>
        <source>Unknown side &apos;{side}&apos;: use {value}, {value2} or leave it empty for both.</source>
        <translation>未知的方“{side}”：请使用{value}、{value2}，或留空表示双方。</translation>
    </message>
    <message>
        <source>No blackout with id {blackout_id}.</source>
        <translation>没有编号为{blackout_id}的禁排日期。</translation>
    </message>
    <message>
        <source>Name at least one recipient for numbered copies.</source>
        <translation>编号副本至少需要一名接收人。</translation>
    </message>
    <message>
        <source>The as-of date {as_of} is after today; a pack shows what is known.</source>
        <translation>截至日期{as_of}晚于今天；简报材料只显示已知情况。</translation>
    </message>
    <message>
        <source>{latin_name} is named twice; one copy each.</source>
        <translation>{latin_name}被列了两次；每人一份。</translation>
    </message>
    <message>
        <source>Side {code} is not a side of this dialogue: use {code2} or {code3}.</source>
        <translation>{code}方不是本对话的一方：请使用{code2}或{code3}。</translation>
    </message>
    <message>
        <source>Delegate &apos;{key}&apos; is on side {code}, not {code2}: name a delegate of the owner side.</source>
        <translation>代表“{key}”属于{code}方，而不是{code2}方：请指定负责方的代表。</translation>
    </message>
    <message>
        <source>Delegate &apos;{key}&apos; is of {acronym}, not {acronym2}: name a delegate of the owner agency, or leave the owner agency out.</source>
        <translation>代表“{key}”属于{acronym}，而不是{acronym2}：请指定负责机构的代表，或不指定负责机构。</translation>
    </message>
    <message>
        <source>No commitment with id {commitment_id} in this dialogue: choose one from the list of commitments.</source>
        <translation>本对话中没有编号为{commitment_id}的承诺事项：请从承诺事项列表中选择。</translation>
    </message>
    <message>
        <source>Nothing to change: give a new status, a new due date, a note or evidence.</source>
        <translation>没有要更改的内容：请给出新的状态、新的截止日期、说明或证据。</translation>
    </message>
    <message>
        <source>Agenda item {item_id} is not on meeting {number}&apos;s agenda: name an item of that meeting, or leave the agenda item out.</source>
        <translation>议程项目{item_id}不在第{number}次会议的议程上：请指定该会议的项目，或不指定议程项目。</translation>
    </message>
    <message>
        <source>Commitment {commitment_id}&apos;s notes would exceed 20,000 characters: write a shorter note.</source>
        <translation>承诺事项{commitment_id}的说明将超过20,000个字符：请写得短一些。</translation>
    </message>
    <message>
        <source>&apos;{entity}&apos; is not a kind of record this database keeps.</source>
        <translation>“{entity}”不是本数据库保存的记录类型。</translation>
    </message>
    <message>
        <source>These fields were changed both by you and by someone else, so they cannot be merged: {collisions}. Keep theirs or apply yours on top.</source>
        <translation>以下字段您和其他人都修改过，无法合并：{collisions}。请保留对方的修改，或在其基础上应用您的修改。</translation>
    </message>
    <message>
        <source>The other person&apos;s values are not known; reload the record and edit it again.</source>
        <translation>对方的值未知；请重新加载记录后再编辑。</translation>
    </message>
    <message>
        <source>The {replace} {entity_id} was deleted by someone else meanwhile.</source>
        <translation>{replace}{entity_id}已被其他人删除。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this; it needs the {role2} role. Ask an administrator.</source>
        <translation>您的角色（{role}）不能执行此操作；需要{role2}角色。请联系管理员。</translation>
    </message>
    <message>
        <source>No dialogue with the code &apos;{value}&apos;: {known}.</source>
        <translation>没有代码为“{value}”的对话：{known}。</translation>
    </message>
    <message>
        <source>No {value} with id {ident}.</source>
        <translation>没有编号为{ident}的{value}。</translation>
    </message>
    <message>
        <source>This {value} was changed by someone else since you opened it (your copy: version {expected_version}, now: {version}).</source>
        <translation>自您打开后，此{value}已被其他人修改（您的副本：第{expected_version}版，现在：第{version}版）。</translation>
    </message>
    <message>
        <source>Your login &apos;{login}&apos; is not a user of this database, so you may only read. Ask an administrator to add it as a user.</source>
        <translation>您的登录名“{login}”不是本数据库的用户，因此只能阅读。请管理员将其添加为用户。</translation>
    </message>
    <message>
        <source>This database holds no dialogue yet: set one up first.</source>
        <translation>本数据库尚无对话：请先设置一个。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it; nothing was saved. Reload it to see their values.</source>
        <translation>您编辑时其他人保存了此记录；未保存任何内容。请重新加载以查看对方的值。</translation>
    </message>
    <message>
        <source>This would clash with a record that already exists ({detail}); nothing was saved.</source>
        <translation>这将与已有记录冲突（{detail}）；未保存任何内容。</translation>
    </message>
    <message>
        <source>{latin_name} belongs to a side that does not take part in this dialogue.</source>
        <translation>{latin_name}所属的一方不参加本对话。</translation>
    </message>
    <message>
        <source>A delegate cannot represent themselves.</source>
        <translation>代表不能代表自己。</translation>
    </message>
    <message>
        <source>Only a delegate of the same side can represent an absent member.</source>
        <translation>只有同一方的代表才能代替缺席成员。</translation>
    </message>
    <message>
        <source>{name} is deactivated; reactivate them in the roster before adding them.</source>
        <translation>{name}已停用；请先在名册中重新启用再添加。</translation>
    </message>
    <message>
        <source>{name} is already on the delegation of meeting {meeting}.</source>
        <translation>{name}已在第{meeting}次会议的代表团中。</translation>
    </message>
    <message>
        <source>{name} stands in for an absent member of this meeting; change that first.</source>
        <translation>{name}代替本次会议的一名缺席成员；请先更改此项。</translation>
    </message>
    <message>
        <source>A member who attended is not represented by anyone; clear the stand-in or mark them absent.</source>
        <translation>已出席的成员不由他人代表；请清除代替人或将其标为缺席。</translation>
    </message>
    <message>
        <source>Give the dialogue an English name.</source>
        <translation>请为对话给出英文名称。</translation>
    </message>
    <message>
        <source>The first meeting cannot be due ({first_by}) before the dialogue is established ({established_on}).</source>
        <translation>首次会议的截止日期（{first_by}）不能早于对话成立日期（{established_on}）。</translation>
    </message>
    <message>
        <source>{code} has not ended with a successor: end it first, naming the dialogue that succeeds it.</source>
        <translation>{code}尚未以继任对话结束：请先结束它，并指明继任对话。</translation>
    </message>
    <message>
        <source>A dialogue with the code {code} exists already: choose another code.</source>
        <translation>代码为{code}的对话已存在：请选择其他代码。</translation>
    </message>
    <message>
        <source>A dialogue named &apos;{name_en}&apos; exists already: choose another name.</source>
        <translation>名为“{name_en}”的对话已存在：请选择其他名称。</translation>
    </message>
    <message>
        <source>This database has no sides yet: run &apos;init&apos; first, then add dialogues.</source>
        <translation>本数据库尚无各方：请先运行“init”，再添加对话。</translation>
    </message>
    <message>
        <source>{code} was established on {established_on}: a cadence cannot start before that ({from_on}).</source>
        <translation>{code}成立于{established_on}：会议频率不能早于该日期（{from_on}）开始。</translation>
    </message>
    <message>
        <source>{code} ended on {ended_on}: a cadence cannot start after that ({from_on}).</source>
        <translation>{code}已于{ended_on}结束：会议频率不能晚于该日期（{from_on}）开始。</translation>
    </message>
    <message>
        <source>{code} has nothing open to hand over to {code2}.</source>
        <translation>{code}没有可移交给{code2}的未结事项。</translation>
    </message>
    <message>
        <source>{code} has {count} open agenda item(s) and {code2} has no planned meeting to take them: add the successor&apos;s next meeting first.</source>
        <translation>{code}有{count}个未决议程项目，而{code2}没有可接收的计划会议：请先添加继任对话的下一次会议。</translation>
    </message>
    <message>
        <source>{code} cannot succeed itself: name another dialogue as its successor.</source>
        <translation>{code}不能继任自身：请指定另一个对话作为继任。</translation>
    </message>
    <message>
        <source>Document {id} is attached to no record.</source>
        <translation>文件{id}未附加到任何记录。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is a folder: choose a file to attach.</source>
        <translation>“{shown}”是文件夹：请选择要附加的文件。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a regular file: choose a file to attach.</source>
        <translation>“{shown}”不是普通文件：请选择要附加的文件。</translation>
    </message>
    <message>
        <source>No {what} with id {ident} in this dialogue.</source>
        <translation>本对话中没有编号为{ident}的{what}。</translation>
    </message>
    <message>
        <source>No document with id {document_id} in this dialogue.</source>
        <translation>本对话中没有编号为{document_id}的文件。</translation>
    </message>
    <message>
        <source>The stored copy of &apos;{name}&apos; (document {document_id}) no longer matches its SHA-256; attach the file again.</source>
        <translation>“{name}”（文件{document_id}）的存储副本与其 SHA-256 不再相符；请重新附加该文件。</translation>
    </message>
    <message>
        <source>Name both the kind of record and its id, or neither.</source>
        <translation>请同时指明记录类型及其编号，或都不指明。</translation>
    </message>
    <message>
        <source>There is no file &apos;{shown}&apos;.</source>
        <translation>没有文件“{shown}”。</translation>
    </message>
    <message>
        <source>Cannot read &apos;{shown}&apos;: {value}.</source>
        <translation>无法读取“{shown}”：{value}。</translation>
    </message>
    <message>
        <source>No request {reference} in this dialogue.</source>
        <translation>本对话中没有协助请求{reference}。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {what}: give a whole number.</source>
        <translation>“{text}”不是{what}：请给出整数。</translation>
    </message>
    <message>
        <source>A side is named only for a document kept to one side.</source>
        <translation>只有仅限一方的文件才需指明一方。</translation>
    </message>
    <message>
        <source>There is no open meeting to put the escalation on: plan the next meeting first.</source>
        <translation>没有可放入该升级事项的未结束会议：请先安排下一次会议。</translation>
    </message>
    <message>
        <source>Give the {what} with its time zone.</source>
        <translation>请给出带时区的{what}。</translation>
    </message>
    <message>
        <source>{reference} was acknowledged already, at {shown_time}.</source>
        <translation>{reference}已于{shown_time}确认。</translation>
    </message>
    <message>
        <source>An escalation has no text called {unknown}.</source>
        <translation>升级事项没有名为{unknown}的文本。</translation>
    </message>
    <message>
        <source>Give the escalation time with its time zone.</source>
        <translation>请给出带时区的升级时间。</translation>
    </message>
    <message>
        <source>{reference} is {status}: its resolution cannot be empty.</source>
        <translation>{reference}状态为{status}：其处理结果不能为空。</translation>
    </message>
    <message>
        <source>This database holds both sides&apos; records: say which side keeps it (init with its side) before exchanging packages.</source>
        <translation>本数据库保存双方的记录：交换包之前，请说明由哪一方保存本数据库（以其一方初始化）。</translation>
    </message>
    <message>
        <source>The fingerprint given does not match the key: compare it with the other side again; the key is not trusted.</source>
        <translation>所给指纹与密钥不符：请与对方再次核对；该密钥未被信任。</translation>
    </message>
    <message>
        <source>Say one way to settle the difference: accept theirs, keep ours or agreed as a value.</source>
        <translation>请选择一种解决差异的方式：接受对方的、保留我方的，或按商定的值。</translation>
    </message>
    <message>
        <source>This side has no {kind} {key}, so it cannot take their value: keep ours, or add it first.</source>
        <translation>我方没有{kind}{key}，因此无法采用对方的值：请保留我方的，或先添加该记录。</translation>
    </message>
    <message>
        <source>Unknown side &apos;{side}&apos;: use one of {known}, or both.</source>
        <translation>未知的方“{side}”：请使用{known}之一，或 both。</translation>
    </message>
    <message>
        <source>This database has exchanged packages as side {current}; its side can no longer change.</source>
        <translation>本数据库已作为{current}方交换过交换包；其所属方不能再更改。</translation>
    </message>
    <message>
        <source>Unknown side &apos;{side}&apos;.</source>
        <translation>未知的方“{side}”。</translation>
    </message>
    <message>
        <source>Side {code} is this database&apos;s own side; trust the other side&apos;s key.</source>
        <translation>{code}方是本数据库自己的一方；请信任对方的密钥。</translation>
    </message>
    <message>
        <source>The package could not be written to {target}: {value}.</source>
        <translation>无法将交换包写入{target}：{value}。</translation>
    </message>
    <message>
        <source>The package is {size:,} bytes; at most {max_package_bytes:,} are allowed.</source>
        <translation>交换包大小为{size:,}字节；最多允许{max_package_bytes:,}字节。</translation>
    </message>
    <message>
        <source>The package {path} could not be read: {value}.</source>
        <translation>无法读取交换包{path}：{value}。</translation>
    </message>
    <message>
        <source>Request {ref} belongs to another dialogue in this database.</source>
        <translation>协助请求{ref}属于本数据库中的另一个对话。</translation>
    </message>
    <message>
        <source>Escalation {ref} belongs to another dialogue in this database.</source>
        <translation>升级事项{ref}属于本数据库中的另一个对话。</translation>
    </message>
    <message>
        <source>The package is for dialogue {dialogue}, not this one ({code}).</source>
        <translation>该交换包属于对话{dialogue}，而不是本对话（{code}）。</translation>
    </message>
    <message>
        <source>The package was written by this side ({own}); import the other side&apos;s packages.</source>
        <translation>该交换包由本方（{own}）写入；请导入对方的交换包。</translation>
    </message>
    <message>
        <source>No key of side {sender_side} is trusted here: trust it before importing its packages.</source>
        <translation>此处未信任{sender_side}方的任何密钥：请先信任后再导入其交换包。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a status: use one of {words}.</source>
        <translation>“{text}”不是状态：请使用{words}之一。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {replace}: use one of {value}.</source>
        <translation>“{text}”不是{replace}：请使用{value}之一。</translation>
    </message>
    <message>
        <source>The {field} cannot be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <source>No difference {difference_id}.</source>
        <translation>没有差异{difference_id}。</translation>
    </message>
    <message>
        <source>Difference {difference_id} is already settled.</source>
        <translation>差异{difference_id}已解决。</translation>
    </message>
    <message>
        <source>A {record_kind} is changed on the {where} page, by its own rules; the difference goes once both sides hold the same, or keep ours.</source>
        <translation>{record_kind}在{where}页面按其自身规则更改；待双方记录一致或保留我方的之后，该差异即消除。</translation>
    </message>
    <message>
        <source>Version {number} of the outcomes of meeting {meeting} is {status}: open a revision to change its text.</source>
        <translation>第{meeting}次会议成果的第{number}版为{status}：请开启修订以更改其文本。</translation>
    </message>
    <message>
        <source>This side wrote no package number {since} for this dialogue.</source>
        <translation>本方没有为本对话写过编号为{since}的交换包。</translation>
    </message>
    <message>
        <source>A request&apos;s received date cannot be empty.</source>
        <translation>协助请求的收到日期不能为空。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write it like 2016-06-14.</source>
        <translation>“{text}”不是日期：请写成 2016-06-14 的形式。</translation>
    </message>
    <message>
        <source>Give the hours to acknowledge, the hours to resolve, or both.</source>
        <translation>请给出确认时限、解决时限或两者（小时）。</translation>
    </message>
    <message>
        <source>The report period ends on {end}, before it starts on {start}.</source>
        <translation>报告期结束于{end}，早于开始日期{start}。</translation>
    </message>
    <message>
        <source>Name the contact point: a delegate or a name, one of the two.</source>
        <translation>请指明联络点：代表或姓名，二者择一。</translation>
    </message>
    <message>
        <source>{value} is a delegate of another side, not of {code}.</source>
        <translation>{value}是另一方的代表，不是{code}方的。</translation>
    </message>
    <message>
        <source>No hotline contact point with id {contact_id}.</source>
        <translation>没有编号为{contact_id}的热线联络点。</translation>
    </message>
    <message>
        <source>No delegate with external id, email or id &apos;{key}&apos;.</source>
        <translation>没有外部编号、电子邮件或编号为“{key}”的代表。</translation>
    </message>
    <message>
        <source>There is no meeting number {number} in this dialogue.</source>
        <translation>本对话中没有第{number}次会议。</translation>
    </message>
    <message>
        <source>Unknown side &apos;{code}&apos;: use one of {known}.</source>
        <translation>未知的方“{code}”：请使用{known}之一。</translation>
    </message>
    <message>
        <source>No agency &apos;{acronym}&apos; on side {code}: use one of {known}.</source>
        <translation>{code}方没有机构“{acronym}”：请使用{known}之一。</translation>
    </message>
    <message>
        <source>No request {ref}.</source>
        <translation>没有协助请求{ref}。</translation>
    </message>
    <message>
        <source>Name a delegate by external id, email or numeric id.</source>
        <translation>请以外部编号、电子邮件或数字编号指明代表。</translation>
    </message>
    <message>
        <source>Several delegates share the email &apos;{key}&apos; (ids {ids}); name one by its id.</source>
        <translation>多名代表共用电子邮件“{key}”（编号{ids}）；请以编号指明其中一名。</translation>
    </message>
    <message>
        <source>No escalation {shown}.</source>
        <translation>没有升级事项{shown}。</translation>
    </message>
    <message>
        <source>Agency &apos;{acronym}&apos; is not on side {code}.</source>
        <translation>机构“{acronym}”不属于{code}方。</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>备份文件不能是数据库本身。</translation>
    </message>
    <message>
        <source>No backup file {source}.</source>
        <translation>没有备份文件{source}。</translation>
    </message>
    <message>
        <source>An in-memory database cannot be restored.</source>
        <translation>内存数据库无法恢复。</translation>
    </message>
    <message>
        <source>{source} cannot be restored: it is a backup of another program&apos;s database. Nothing was changed.</source>
        <translation>无法恢复{source}：它是另一程序数据库的备份。未作任何更改。</translation>
    </message>
    <message>
        <source>{source} cannot be restored: it holds no dialogue. Nothing was changed.</source>
        <translation>无法恢复{source}：其中没有对话。未作任何更改。</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>内存数据库无法备份。</translation>
    </message>
    <message>
        <source>The backup {source} was restored{note}, but its audit entry could not be written: {message}</source>
        <translation>备份{source}已恢复{note}，但无法写入其审计记录：{message}</translation>
    </message>
    <message>
        <source>Unknown host side &apos;{code}&apos;: this dialogue&apos;s sides are {code2} and {code3}.</source>
        <translation>未知东道方“{code}”：本对话的双方是{code2}和{code3}。</translation>
    </message>
    <message>
        <source>Meeting {number} is already {value}.</source>
        <translation>第{number}次会议已是{value}状态。</translation>
    </message>
    <message>
        <source>The window {label} is before the dialogue was established ({established_on}).</source>
        <translation>会期窗口{label}早于对话成立日期（{established_on}）。</translation>
    </message>
    <message>
        <source>Give both a start and an end time, or neither.</source>
        <translation>请同时给出开始和结束时间，或都不给出。</translation>
    </message>
    <message>
        <source>Say why the held meeting&apos;s status is corrected: the reason goes into the audit.</source>
        <translation>请说明更正已举行会议状态的理由：理由将记入审计。</translation>
    </message>
    <message>
        <source>A held meeting can be corrected to planned, confirmed, postponed or cancelled, not {value}.</source>
        <translation>已举行的会议可以更正为计划中、已确认、推迟或取消，而不是{value}。</translation>
    </message>
    <message>
        <source>Meeting {number} is {status}, not held: only a held meeting is corrected; change this one&apos;s status as usual instead.</source>
        <translation>第{number}次会议状态为{status}，并非已举行：只有已举行的会议才需更正；请按通常方式更改此会议的状态。</translation>
    </message>
    <message>
        <source>Meeting {number} cannot be deleted: {what} refer to it. Move or remove them first, or cancel the meeting instead.</source>
        <translation>第{number}次会议无法删除：有{what}引用它。请先移动或删除这些内容，或改为取消该会议。</translation>
    </message>
    <message>
        <source>Meeting {number} has no summary of outcomes yet: draft one from the agenda or add a paragraph first.</source>
        <translation>第{number}次会议尚无成果摘要：请先根据议程起草或添加一个段落。</translation>
    </message>
    <message>
        <source>The outcomes of meeting {number} have no version {number2}; {have}.</source>
        <translation>第{number}次会议的成果没有第{number2}版；{have}。</translation>
    </message>
    <message>
        <source>A summary of outcomes may have at most {max_paragraphs} paragraphs.</source>
        <translation>成果摘要最多有{max_paragraphs}个段落。</translation>
    </message>
    <message>
        <source>Meeting {number} has no agenda item with id {item_id}: choose an item of that meeting&apos;s agenda.</source>
        <translation>第{number}次会议没有编号为{item_id}的议程项目：请选择该会议议程中的项目。</translation>
    </message>
    <message>
        <source>Version {number} of the outcomes of meeting {number2} has no paragraph {number3}; {have}.</source>
        <translation>第{number2}次会议成果的第{number}版没有第{number3}段；{have}。</translation>
    </message>
    <message>
        <source>Give the new English text, the new Chinese text or both.</source>
        <translation>请给出新的英文文本、新的中文文本或两者。</translation>
    </message>
    <message>
        <source>Batch {batch} was issued by another workstation meanwhile; nothing was issued. Issue again.</source>
        <translation>批次{batch}已被另一工作站同时发放；未发放任何内容。请重新发放。</translation>
    </message>
    <message>
        <source>Archived pack {archive_id} is damaged: its bytes no longer match the SHA-256 taken when it was archived. Restore the database from a backup.</source>
        <translation>存档的简报材料{archive_id}已损坏：其字节与存档时的 SHA-256 不再相符。请从备份恢复数据库。</translation>
    </message>
    <message>
        <source>The pack is {value:.1f} MB; the archive keeps packs of up to {value2:.0f} MB. Nothing was issued.</source>
        <translation>简报材料大小为{value:.1f} MB；存档最多保存{value2:.0f} MB 的简报材料。未发放任何内容。</translation>
    </message>
    <message>
        <source>No archived pack {archive_id} in this dialogue.</source>
        <translation>本对话中没有存档的简报材料{archive_id}。</translation>
    </message>
    <message>
        <source>The dialogue has no side &apos;{code}&apos;.</source>
        <translation>本对话没有“{code}”方。</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>“{email}”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>The {what} agency no longer exists: choose another one.</source>
        <translation>{what}机构已不存在：请选择其他机构。</translation>
    </message>
    <message>
        <source>{acronym} is not an agency of side {code}: the {what} agency must be.</source>
        <translation>{acronym}不是{code}方的机构：{what}机构必须是。</translation>
    </message>
    <message>
        <source>The {what} of a request cannot be changed: {why}.</source>
        <translation>协助请求的{what}不能更改：{why}。</translation>
    </message>
    <message>
        <source>A request has no field {unknown} that can be edited.</source>
        <translation>协助请求没有可编辑的字段{unknown}。</translation>
    </message>
    <message>
        <source>The {what} date {on} is before the pause of {reference} began ({paused_since}); resume it first.</source>
        <translation>{what}日期{on}早于{reference}暂停开始的日期（{paused_since}）；请先恢复。</translation>
    </message>
    <message>
        <source>The {what} needs its English beside it.</source>
        <translation>{what}需要同时填写其英文。</translation>
    </message>
    <message>
        <source>Say who rated the response&apos;s quality.</source>
        <translation>请说明由谁评定答复质量。</translation>
    </message>
    <message>
        <source>{reference}: clock paused on {on}</source>
        <translation>{reference}：计时自{on}起暂停</translation>
    </message>
    <message>
        <source>{reference}: clock resumed on {on}</source>
        <translation>{reference}：计时自{on}起恢复</translation>
    </message>
    <message>
        <source>{reference}: due date extended from {old} to {until}</source>
        <translation>{reference}：截止日期由{old}延至{until}</translation>
    </message>
    <message>
        <source>Give the result, or say whether it may be shared with the other side.</source>
        <translation>请给出结果，或说明是否可与另一方共享。</translation>
    </message>
    <message>
        <source>The result date {on} is before the request was received ({received_on}).</source>
        <translation>结果日期{on}早于收到请求的日期（{received_on}）。</translation>
    </message>
    <message>
        <source>The result date {on} is in the future.</source>
        <translation>结果日期{on}在将来。</translation>
    </message>
    <message>
        <source>{reference} has no result to share yet.</source>
        <translation>{reference}尚无可共享的结果。</translation>
    </message>
    <message>
        <source>Side {code} is not a side of this dialogue ({sides}).</source>
        <translation>{code}方不是本对话的一方（{sides}）。</translation>
    </message>
    <message>
        <source>Requests for {kind_word}: {exc}</source>
        <translation>{kind_word}类协助请求：{exc}</translation>
    </message>
    <message>
        <source>Unknown delegate fields: {unknown}.</source>
        <translation>未知的代表字段：{unknown}。</translation>
    </message>
    <message>
        <source>External id &apos;{external_id}&apos; already belongs to {who} (id {id}).</source>
        <translation>外部编号“{external_id}”已属于{who}（编号{id}）。</translation>
    </message>
    <message>
        <source>No delegate with id {delegate_id}.</source>
        <translation>没有编号为{delegate_id}的代表。</translation>
    </message>
    <message>
        <source>{family_name} {given_name} is already {state}.</source>
        <translation>{family_name} {given_name}已是{state}状态。</translation>
    </message>
    <message>
        <source>Replace mode cannot skip invalid rows: a skipped row may be a delegate that replace would deactivate. Fix the rows listed first.</source>
        <translation>替换模式不能跳过无效行：被跳过的行可能是替换时会停用的代表。请先修正所列各行。</translation>
    </message>
    <message>
        <source>A delegate changed while the import was being applied; nothing was imported. Preview the file again.</source>
        <translation>导入过程中有代表被修改；未导入任何内容。请重新预览文件。</translation>
    </message>
    <message>
        <source>Give the mapping a name of 1 to 120 characters.</source>
        <translation>请为映射指定1到120个字符的名称。</translation>
    </message>
    <message>
        <source>The mapping names unknown fields: {unknown}.</source>
        <translation>映射中有未知字段：{unknown}。</translation>
    </message>
    <message>
        <source>Replace mode replaces one agency&apos;s roster; name the agency{listed}.</source>
        <translation>替换模式替换一个机构的名册；请指明该机构{listed}。</translation>
    </message>
    <message>
        <source>There is no roster import to undo.</source>
        <translation>没有可撤销的名册导入。</translation>
    </message>
    <message>
        <source>The import of {file_name} cannot be undone: {count} of its delegates were changed since ({names}). Nothing was changed; edit them by hand instead.</source>
        <translation>{file_name}的导入无法撤销：其中{count}名代表此后已被修改（{names}）。未作任何更改；请改为手动编辑。</translation>
    </message>
    <message>
        <source>Give either a new slot or clear it, not both.</source>
        <translation>请给出新的时段或清除时段，不要同时进行。</translation>
    </message>
    <message>
        <source>Give the start as a time (HH:MM).</source>
        <translation>请以时间（HH:MM）给出开始时间。</translation>
    </message>
    <message>
        <source>Agenda item {item_id} belongs to another dialogue.</source>
        <translation>议程项目{item_id}属于另一个对话。</translation>
    </message>
    <message>
        <source>{name} is not a delegate of this dialogue&apos;s sides.</source>
        <translation>{name}不是本对话双方的代表。</translation>
    </message>
    <message>
        <source>A time slot needs both a start time and a length in minutes.</source>
        <translation>时段需要开始时间和以分钟计的时长。</translation>
    </message>
    <message>
        <source>Ask for between 1 and {max_proposals} proposals.</source>
        <translation>提议数量须在1到{max_proposals}之间。</translation>
    </message>
    <message>
        <source>Meeting {number} is dated {start}, outside {earliest_day} to {latest_day}: correct its date before exporting the calendar.</source>
        <translation>第{number}次会议的日期为{start}，不在{earliest_day}至{latest_day}之间：请先更正日期再导出日历。</translation>
    </message>
    <message>
        <source>Commitment {id} is due {due_on}, outside {earliest_day} to {latest_day}: correct its due date before exporting.</source>
        <translation>承诺事项{id}的截止日期为{due_on}，不在{earliest_day}至{latest_day}之间：请先更正截止日期再导出。</translation>
    </message>
    <message>
        <source>This cannot be undone: {label} {what}{since}. Nothing was changed; edit it by hand instead.</source>
        <translation>无法撤销：{label}{what}{since}。未作任何更改；请改为手动编辑。</translation>
    </message>
    <message>
        <source>This change was already undone by {actor} on {at:%Y-%m-%d %H:%M} UTC; nothing was changed.</source>
        <translation>此更改已由{actor}于{at:%Y-%m-%d %H:%M} UTC 撤销；未作任何更改。</translation>
    </message>
    <message>
        <source>This cannot be undone: meeting {number} has been closed since, and “{title}” would be left unresolved on it. Nothing was changed.</source>
        <translation>无法撤销：第{number}次会议此后已结束，“{title}”将在该会议上处于未解决状态。未作任何更改。</translation>
    </message>
    <message>
        <source>The change records a kind of row this version does not keep (&apos;{entity}&apos;); it cannot be undone here.</source>
        <translation>此更改记录的行类型本版本不保存（“{entity}”）；无法在此撤销。</translation>
    </message>
    <message>
        <source>No change was recorded under {operation_id}.</source>
        <translation>{operation_id}下没有记录任何更改。</translation>
    </message>
    <message>
        <source>This change left nothing to undo.</source>
        <translation>此更改没有可撤销的内容。</translation>
    </message>
    <message>
        <source>User &apos;{login}&apos; already exists; change their role instead.</source>
        <translation>用户“{login}”已存在；请改为更改其角色。</translation>
    </message>
    <message>
        <source>No user &apos;{login}&apos;.</source>
        <translation>没有用户“{login}”。</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is the last admin; make someone else admin first.</source>
        <translation>“{login}”是最后一名管理员；请先将其他人设为管理员。</translation>
    </message>
    <message>
        <source>{what} exist only on PostgreSQL. A SQLite file serves one workstation; its users and roles are kept by the application.</source>
        <translation>{what}仅存在于 PostgreSQL。SQLite 文件只服务一个工作站；其用户和角色由应用程序管理。</translation>
    </message>
    <message>
        <source>A password is only needed on PostgreSQL; on SQLite users are OS logins.</source>
        <translation>只有 PostgreSQL 需要密码；在 SQLite 上，用户即操作系统登录名。</translation>
    </message>
    <message>
        <source>Enter a database: a PostgreSQL address such as postgresql://server/dialogue, or a SQLite file.</source>
        <translation>请输入数据库：PostgreSQL 地址（如 postgresql://server/dialogue）或 SQLite 文件。</translation>
    </message>
    <message>
        <source>Dialogue Planner works with PostgreSQL or SQLite, not {backend}.</source>
        <translation>Dialogue Planner 支持 PostgreSQL 或 SQLite，不支持{backend}。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: type it in the password field, and it is kept in the system keyring.</source>
        <translation>请不要在地址中写入密码：请在密码栏输入，密码将保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Name the database at the end of the address, e.g. postgresql://server/dialogue.</source>
        <translation>请在地址末尾写明数据库名称，例如 postgresql://server/dialogue。</translation>
    </message>
    <message>
        <source>The database roles are not set up yet: the database owner sets them up first.</source>
        <translation>数据库角色尚未设置：请数据库所有者先进行设置。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database address: use postgresql://HOST[:PORT]/DATABASE or the path of a SQLite file.</source>
        <translation>“{text}”不是数据库地址：请使用 postgresql://HOST[:PORT]/DATABASE 或 SQLite 文件路径。</translation>
    </message>
    <message>
        <source>Cannot listen for changes on {display_url}: {first}</source>
        <translation>无法监听{display_url}上的更改：{first}</translation>
    </message>
    <message>
        <source>Cannot write the copy {destination}: {reason}. Nothing was changed.</source>
        <translation>无法写入副本{destination}：{reason}。未作任何更改。</translation>
    </message>
    <message>
        <source>Another copy is being written to {value} right now; try again when it has finished.</source>
        <translation>当前正在向{value}写入另一副本；请在其完成后重试。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path}是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{where} is not a Dialogue Planner database: {foreign}. Choose another file.</source>
        <translation>{where}不是 Dialogue Planner 数据库：{foreign}。请选择其他文件。</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Dialogue Planner (schema {found}; this version knows up to {schema_head}). It was left untouched: install the newer version.</source>
        <translation>数据库{where}由更新版本的 Dialogue Planner 写入（架构{found}；本版本最高支持{schema_head}）。数据库未被改动：请安装更新版本。</translation>
    </message>
    <message>
        <source>Cannot save in {display_url}: {value}. Nothing was changed; you can still read it.</source>
        <translation>无法保存到{display_url}：{value}。未作任何更改；您仍可阅读。</translation>
    </message>
    <message>
        <source>Cannot {verb} the database {where}: {reason}.</source>
        <translation>无法{verb}数据库{where}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not a Dialogue Planner database (not an SQLite file).</source>
        <translation>{path}不是 Dialogue Planner 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The database address holds control characters or bytes that are not UTF-8 text: give a SQLite file path or a postgresql:// URL.</source>
        <translation>数据库地址含有控制字符或非 UTF-8 文本的字节：请给出 SQLite 文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The database address is not a database URL: give a SQLite file path or a postgresql://HOST[:PORT]/DATABASE URL.</source>
        <translation>数据库地址不是数据库 URL：请给出 SQLite 文件路径或 postgresql://HOST[:PORT]/DATABASE 地址。</translation>
    </message>
    <message>
        <source>The database {where} is busy: {doing}. Nothing was saved ({wait}try again when it has finished).</source>
        <translation>数据库{where}正忙：{doing}。未保存任何内容（{wait}请在其完成后重试）。</translation>
    </message>
    <message>
        <source>The database {where} reported a problem: {detail}</source>
        <translation>数据库{where}报告了问题：{detail}</translation>
    </message>
    <message>
        <source>Cannot write {what}: {reason}. Nothing was changed.</source>
        <translation>无法写入{what}：{reason}。未作任何更改。</translation>
    </message>
    <message>
        <source>The database file {where} is damaged ({detail}): {restore_advice}.</source>
        <translation>数据库文件{where}已损坏（{detail}）：{restore_advice}。</translation>
    </message>
    <message>
        <source>Cannot use the database {where}: {space}. Free some space, then try again; nothing was lost.</source>
        <translation>无法使用数据库{where}：{space}。请释放一些空间后重试；没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the database {where}: {reason}. Nothing was lost; you can still read it. Ask whoever looks after this computer to make it writable.</source>
        <translation>无法写入数据库{where}：{reason}。没有丢失任何内容；您仍可阅读。请负责此计算机的人员使其可写。</translation>
    </message>
    <message>
        <source>The database {where} is read-only ({detail}): check the file&apos;s permissions.</source>
        <translation>数据库{where}为只读（{detail}）：请检查文件权限。</translation>
    </message>
    <message>
        <source>Cannot open the database file {where}: check that its folder exists and that your login may use it.</source>
        <translation>无法打开数据库文件{where}：请检查其文件夹是否存在，以及您的登录名是否有权使用。</translation>
    </message>
    <message>
        <source>The disk reported an error reading or writing {where} ({detail}): check that the disk or network drive is connected and working, then try again; this alone does not mean that anything was lost.</source>
        <translation>磁盘在读写{where}时报告错误（{detail}）：请检查磁盘或网络驱动器是否已连接且工作正常，然后重试；这本身并不意味着有任何内容丢失。</translation>
    </message>
    <message>
        <source>The database {where} is read-only: check the file&apos;s permissions.</source>
        <translation>数据库{where}为只读：请检查文件权限。</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: free some space and try again.</source>
        <translation>存放{where}的磁盘已满：请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Cannot open the database file {where}: check the folder exists and is writable.</source>
        <translation>无法打开数据库文件{where}：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server {where}: {detail}</source>
        <translation>无法连接数据库服务器{where}：{detail}</translation>
    </message>
    <message>
        <source>The database {where} does not exist on the server: ask the administrator to create it.</source>
        <translation>服务器上不存在数据库{where}：请管理员创建。</translation>
    </message>
    <message>
        <source>The database refused this change for your login ({detail}). Ask an administrator for the right role.</source>
        <translation>数据库拒绝了您的登录名所做的此项更改（{detail}）。请管理员授予相应角色。</translation>
    </message>
    <message>
        <source>Another workstation is {what}{who}. Nothing was changed here; try again when it has finished.</source>
        <translation>另一工作站正在{what}{who}。此处未作任何更改；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Your database login may not take the lock for {what}: only an administrator may. If you are one, the database owner sets up the database roles again.</source>
        <translation>您的数据库登录名不能为{what}加锁：只有管理员可以。如果您是管理员，请数据库所有者重新设置数据库角色。</translation>
    </message>
    <message>
        <source>{what} failed: {detail}</source>
        <translation>{what}失败：{detail}</translation>
    </message>
    <message>
        <source>{name} is not installed on this workstation; install the PostgreSQL client tools (Debian: apt-get install postgresql-client) or ask the server administrator.</source>
        <translation>本工作站未安装{name}；请安装 PostgreSQL 客户端工具（Debian：apt-get install postgresql-client）或联系服务器管理员。</translation>
    </message>
    <message>
        <source>The PostgreSQL address {render_as_string} names no database: add its name after the last &apos;/&apos;.</source>
        <translation>PostgreSQL 地址{render_as_string}未指明数据库：请在最后一个“/”后加上数据库名称。</translation>
    </message>
    <message>
        <source>{what} was refused by the server: {detail}. Your login may not read or replace everything a backup holds; ask an administrator.</source>
        <translation>{what}被服务器拒绝：{detail}。您的登录名可能无权读取或替换备份中的全部内容；请联系管理员。</translation>
    </message>
    <message>
        <source>{archive} is not a complete PostgreSQL backup ({message}).</source>
        <translation>{archive}不是完整的 PostgreSQL 备份（{message}）。</translation>
    </message>
    <message>
        <source>Cannot run {what}: {value}.</source>
        <translation>无法运行{what}：{value}。</translation>
    </message>
    <message>
        <source>{source} is not a SQLite backup. Nothing was changed.</source>
        <translation>{source}不是 SQLite 备份。未作任何更改。</translation>
    </message>
    <message>
        <source>{source} cannot be restored: {reason}. Nothing was changed.</source>
        <translation>无法恢复{source}：{reason}。未作任何更改。</translation>
    </message>
    <message>
        <source>{source} is not a SQLite backup (the file is empty). Nothing was changed.</source>
        <translation>{source}不是 SQLite 备份（文件为空）。未作任何更改。</translation>
    </message>
    <message>
        <source>{source} was written by a newer version of Dialogue Planner (schema {revision}; this version knows up to {schema_head}). Nothing was changed: restore it with the newer version.</source>
        <translation>{source}由更新版本的 Dialogue Planner 写入（架构{revision}；本版本最高支持{schema_head}）。未作任何更改：请用更新版本恢复。</translation>
    </message>
    <message>
        <source>Cannot read the backup {source}: {value}.</source>
        <translation>无法读取备份{source}：{value}。</translation>
    </message>
    <message>
        <source>Cannot move the damaged database {live} aside ({value}): close Dialogue Planner everywhere it is open, then try again. Nothing was changed.</source>
        <translation>无法将损坏的数据库{live}移到一旁（{value}）：请在所有打开它的地方关闭 Dialogue Planner 后重试。未作任何更改。</translation>
    </message>
    <message>
        <source>{live} is not a SQLite database file, so it was left alone. Move it away, then restore the backup.</source>
        <translation>{live}不是 SQLite 数据库文件，因此未被改动。请将其移走后再恢复备份。</translation>
    </message>
    <message>
        <source>&apos;{prefix}&apos; is not a usable role prefix: lower-case letters, digits and _.</source>
        <translation>“{prefix}”不是可用的角色前缀：只能使用小写字母、数字和 _。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; cannot be a database login: use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter, at most 63 characters.</source>
        <translation>“{shown}”不能作为数据库登录名：请使用字母、数字、“_”、“.”、“@”或“-”，以字母开头，最多63个字符。</translation>
    </message>
    <message>
        <source>Setting up the database roles creates roles on the server: run it as the owner of the database (a login with CREATEROLE) or as a superuser.</source>
        <translation>设置数据库角色会在服务器上创建角色：请以数据库所有者（具有 CREATEROLE 的登录名）或超级用户身份运行。</translation>
    </message>
    <message>
        <source>{intruders} can act as {manager}, which creates roles: the server administrator runs REVOKE {m} FROM ... for each; nothing was changed.</source>
        <translation>{intruders}可以充当{manager}（可创建角色）：请服务器管理员对每个运行 REVOKE {m} FROM ...；未作任何更改。</translation>
    </message>
    <message>
        <source>The database roles were set up by an earlier version of Dialogue Planner (or restored from a backup): the database owner sets them up again first; nothing was changed.</source>
        <translation>数据库角色由较早版本的 Dialogue Planner 设置（或从备份恢复）：请数据库所有者先重新设置；未作任何更改。</translation>
    </message>
    <message>
        <source>A password cannot be empty or contain a NUL character.</source>
        <translation>密码不能为空，也不能包含 NUL 字符。</translation>
    </message>
</context>
</TS>
