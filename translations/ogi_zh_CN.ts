<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>OGI Desk</source>
        <translation>政府信息公开申请办理台账</translation>
    </message>
    <message>
        <source>OGI Desk: register of applications for government information</source>
        <translation>政府信息公开申请办理台账（OGI Desk）</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show the main window, then quit (smoke test).</source>
        <translation>显示主窗口后立即退出（冒烟测试）。</translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationJson</name>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>"%1" is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>required; one of: %1</source>
        <translation>必填，可选值：%1</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>“%1”不是可选值之一：%2</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>The application is not valid JSON: %1 at character %2.</source>
        <translation>申请不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>The application must be one JSON object.</source>
        <translation>申请必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>必须是对象列表</translation>
    </message>
    <message numerus="yes">
        <source>The application has %n problem(s):</source>
        <translation><numerusform>申请有 %n 处问题：</numerusform></translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationValidator</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>give at least one way to reach the applicant: phone, email or address</source>
        <translation>请至少填写一种联系方式：电话、电子邮箱或地址</translation>
    </message>
    <message>
        <source>not a phone number (mobile: 11 digits starting with 1; landline: area code and number)</source>
        <translation>不是有效的电话号码（手机：以 1 开头的 11 位数字；固定电话：区号加号码）</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>a postcode has six digits</source>
        <translation>邮政编码应为 6 位数字</translation>
    </message>
    <message>
        <source>required, as YYYY-MM-DD</source>
        <translation>必填，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 是将来的日期</translation>
    </message>
    <message>
        <source>at least one applicant is required</source>
        <translation>至少需要一名申请人</translation>
    </message>
    <message>
        <source>the receipt date %1 is before the submission date %2</source>
        <translation>收到日期 %1 早于提交日期 %2</translation>
    </message>
    <message>
        <source>required when the reply is to be posted</source>
        <translation>答复以邮寄方式送达时必填</translation>
    </message>
    <message>
        <source>required when the reply is to be sent by email</source>
        <translation>答复以电子邮件送达时必填</translation>
    </message>
</context>
<context>
    <name>ogi::AuditLog</name>
    <message>
        <source>audit log row %1: does not follow row %2 (a row was deleted or inserted before it)</source>
        <translation>审计日志第 %1 行：未接续第 %2 行（其前有记录被删除或插入）</translation>
    </message>
    <message>
        <source>audit log row %1: its content does not match its hash (the row was edited)</source>
        <translation>审计日志第 %1 行：内容与其哈希值不符（该行被修改）</translation>
    </message>
    <message>
        <source>audit log: the last row is %1 but the log's head records row %2 (rows were deleted or added at the end)</source>
        <translation>审计日志：最后一行是第 %1 行，但日志头记录的是第 %2 行（末尾有记录被删除或追加）</translation>
    </message>
</context>
<context>
    <name>ogi::CaseAction</name>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Ask for supplement</source>
        <translation>告知补正</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>收到补正</translation>
    </message>
    <message>
        <source>Supplement overdue</source>
        <translation>逾期未补正</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分办</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>征求意见</translation>
    </message>
    <message>
        <source>Consultation answered</source>
        <translation>收到意见</translation>
    </message>
    <message>
        <source>Send fee notice</source>
        <translation>发出收费通知</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Fee overdue</source>
        <translation>逾期未缴费</translation>
    </message>
    <message>
        <source>Submit for confidentiality review</source>
        <translation>提交保密审查</translation>
    </message>
    <message>
        <source>Confidentiality review</source>
        <translation>保密审查</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Submit for sign-off</source>
        <translation>提交签发</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回申请</translation>
    </message>
</context>
<context>
    <name>ogi::CaseEvent</name>
    <message>
        <source>the case has no events</source>
        <translation>该案件没有办理记录</translation>
    </message>
    <message>
        <source>event %1 follows event %2 (an event is missing)</source>
        <translation>办理记录 %1 紧接在记录 %2 之后（缺少记录）</translation>
    </message>
    <message>
        <source>event %1 (%2) starts from %3, but the case was %4</source>
        <translation>办理记录 %1（%2）的起始状态为 %3，但案件当时为 %4</translation>
    </message>
    <message>
        <source>event %1 (%2) is not an allowed step to %3</source>
        <translation>办理记录 %1（%2）不是转入 %3 的合法步骤</translation>
    </message>
</context>
<context>
    <name>ogi::CaseRepository</name>
    <message numerus="yes">
        <source>The application has %n problem(s):</source>
        <translation><numerusform>申请有 %n 处问题：</numerusform></translation>
    </message>
    <message>
        <source>Unknown action "%1".</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>The date of "%1" on case %2 must be a valid date not in the future.</source>
        <translation>案件 %2 的“%1”日期必须是有效日期，且不得晚于今天。</translation>
    </message>
    <message>
        <source>Unknown outcome "%1".</source>
        <translation>未知办理结果“%1”。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is %2: "%3" is not possible in that state.</source>
        <translation>案件 %1 当前状态为“%2”：该状态下不能执行“%3”。</translation>
    </message>
    <message>
        <source>The date of "%1" (%2) is before the case's previous step (%3).</source>
        <translation>“%1”的日期（%2）早于该案件上一步骤的日期（%3）。</translation>
    </message>
</context>
<context>
    <name>ogi::CaseState</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>征求意见中</translation>
    </message>
    <message>
        <source>Awaiting fee</source>
        <translation>待缴费</translation>
    </message>
    <message>
        <source>Confidentiality review</source>
        <translation>保密审查中</translation>
    </message>
    <message>
        <source>Drafting reply</source>
        <translation>拟稿中</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>待签发</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>ogi::CreditCode</name>
    <message>
        <source>a unified social credit code has 18 characters</source>
        <translation>统一社会信用代码应为 18 位</translation>
    </message>
    <message>
        <source>a unified social credit code uses only digits and the letters A-H, J-N, P-R, T, U, W-Y</source>
        <translation>统一社会信用代码只能由数字和字母 A-H、J-N、P-R、T、U、W-Y 组成</translation>
    </message>
    <message>
        <source>characters 3 to 8 (the region code) must be digits</source>
        <translation>第 3 至 8 位（登记管理机关行政区划码）必须是数字</translation>
    </message>
    <message>
        <source>the check character (last character) is wrong: the code was mistyped</source>
        <translation>校验码（最后一位）不正确：代码可能录入有误</translation>
    </message>
</context>
<context>
    <name>ogi::Database</name>
    <message>
        <source>Cannot open %1: the file is damaged (%2). Restore it from a backup.</source>
        <translation>无法打开 %1：文件已损坏（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of OGI Desk (schema %2; this version knows up to %3). Update OGI Desk.</source>
        <translation>无法打开 %1：该文件由更新版本的本软件写入（数据结构版本 %2，本版本最高支持 %3）。请升级本软件。</translation>
    </message>
    <message>
        <source>There is no OGI Desk database at %1. Create one with: ogi --db %1 init</source>
        <translation>%1 处没有台账数据库。可用以下命令创建：ogi --db %1 init</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty, not an OGI Desk database.</source>
        <translation>无法打开 %1：文件为空，不是台账数据库。</translation>
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。请安装 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>ogi::DatabaseFile</name>
    <message>
        <source>Cannot use %1: the folder %2 does not exist.</source>
        <translation>无法使用 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2 is not a folder.</source>
        <translation>无法使用 %1：%2 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot use %1: the folder %2 is read-only (the database needs to write its journal beside the file).</source>
        <translation>无法使用 %1：文件夹 %2 为只读（数据库需要在文件旁写入日志文件）。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file.</source>
        <translation>无法打开 %1：它不是普通文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file cannot be read.</source>
        <translation>无法打开 %1：文件不可读。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only. OGI Desk needs to write to it.</source>
        <translation>无法打开 %1：文件为只读，本软件需要写入该文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an OGI Desk database (not an SQLite file).</source>
        <translation>无法打开 %1：它不是台账数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is an SQLite database of another program, not an OGI Desk database.</source>
        <translation>无法打开 %1：这是其他程序的 SQLite 数据库，不是台账数据库。</translation>
    </message>
</context>
<context>
    <name>ogi::IntegrityCheck</name>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a missing row of %3</source>
        <translation>表 %1 第 %2 行：引用了 %3 中不存在的记录</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>case %1: stored state %2 but its events lead to %3</source>
        <translation>案件 %1：存储的状态为 %2，但按办理记录应为 %3</translation>
    </message>
    <message>
        <source>case %1: stored outcome "%2" but its events give "%3"</source>
        <translation>案件 %1：存储的办理结果为“%2”，但按办理记录应为“%3”</translation>
    </message>
    <message>
        <source>event of unknown case id %1</source>
        <translation>办理记录指向不存在的案件（id %1）</translation>
    </message>
</context>
<context>
    <name>ogi::ReceiptDateRule</name>
    <message>
        <source>Art. 31: submitted in person, received on the day it was submitted.</source>
        <translation>第三十一条：当面提交的，以提交之日为收到申请之日。</translation>
    </message>
    <message>
        <source>Art. 31: by post, received on the day the office signed for it.</source>
        <translation>第三十一条：以邮寄方式提交的，以行政机关签收之日为收到申请之日。</translation>
    </message>
    <message>
        <source>Art. 31: by ordinary letter, received on the day the office confirmed it with the applicant.</source>
        <translation>第三十一条：以平常信函等无需签收的邮寄方式提交的，以与申请人确认之日为收到申请之日。</translation>
    </message>
    <message>
        <source>Art. 31: online, by email or by fax, received on the day both sides confirmed it.</source>
        <translation>第三十一条：通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日。</translation>
    </message>
</context>
<context>
    <name>ogi::ResidentIdNumber</name>
    <message>
        <source>a resident ID number has 18 characters</source>
        <translation>居民身份证号码应为 18 位</translation>
    </message>
    <message>
        <source>a resident ID number is 17 digits followed by a digit or X</source>
        <translation>居民身份证号码应为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <source>the first two digits name no province</source>
        <translation>前两位不是有效的省级行政区划代码</translation>
    </message>
    <message>
        <source>digits 7 to 14 are not a valid date of birth</source>
        <translation>第 7 至 14 位不是有效的出生日期</translation>
    </message>
    <message>
        <source>the check digit (last character) is wrong: the number was mistyped</source>
        <translation>校验码（最后一位）不正确：号码可能录入有误</translation>
    </message>
</context>
<context>
    <name>ogi::Sql</name>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <source>Database error: %1 (statement: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
</context>
<context>
    <name>ogi::SqliteLibraryCheck</name>
    <message>
        <source>Qt's SQLite driver uses SQLite %1, but OGI Desk is linked with SQLite %2. Install the distribution's Qt SQLite driver (libqt6sql6-sqlite).</source>
        <translation>Qt 的 SQLite 驱动使用 SQLite %1，而本软件链接的是 SQLite %2。请安装发行版自带的 Qt SQLite 驱动（libqt6sql6-sqlite）。</translation>
    </message>
</context>
<context>
    <name>ogi::Vocabulary</name>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Legal person or other organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>Commercial enterprise</source>
        <translation>商业企业</translation>
    </message>
    <message>
        <source>Research institution</source>
        <translation>科研机构</translation>
    </message>
    <message>
        <source>Public-interest organisation</source>
        <translation>社会公益组织</translation>
    </message>
    <message>
        <source>Legal service institution</source>
        <translation>法律服务机构</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Ordinary letter</source>
        <translation>平常信函</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>网络平台</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Collected in person</source>
        <translation>自行领取</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
</context>
<context>
    <name>ogi::cli::AddCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>add needs --json FILE (or --json - for standard input)</source>
        <translation>add 命令需要 --json 文件（或用 --json - 从标准输入读取）</translation>
    </message>
</context>
<context>
    <name>ogi::cli::CliContext</name>
    <message>
        <source>this command needs --db FILE</source>
        <translation>此命令需要 --db 文件</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1; usage: %2</source>
        <translation>未知选项 %1；用法：%2</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
</context>
<context>
    <name>ogi::cli::DemoCommand</name>
    <message>
        <source>--cases takes a whole number from 1 to 2000000, not "%1"</source>
        <translation>--cases 应为 1 到 2000000 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not "%1"</source>
        <translation>--seed 应为整数，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s) to %1.</source>
        <translation><numerusform>已向 %1 添加 %n 件演示案件。</numerusform></translation>
    </message>
</context>
<context>
    <name>ogi::cli::InitCommand</name>
    <message>
        <source>init needs --db FILE</source>
        <translation>init 命令需要 --db 文件</translation>
    </message>
    <message>
        <source>%1 is an OGI Desk database (schema %2).</source>
        <translation>%1 已是台账数据库（数据结构版本 %2）。</translation>
    </message>
    <message>
        <source>Created OGI Desk database %1 (schema %2).</source>
        <translation>已创建台账数据库 %1（数据结构版本 %2）。</translation>
    </message>
</context>
<context>
    <name>ogi::cli::ListCommand</name>
    <message>
        <source>unknown state "%1"; one of: %2</source>
        <translation>未知状态“%1”；可选值：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>共 %n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>ogi::cli::ShowCommand</name>
    <message>
        <source>Applicant: %1 (%2)</source>
        <translation>申请人：%1（%2）</translation>
    </message>
    <message>
        <source>  ID: %1 %2</source>
        <translation>  证件：%1 %2</translation>
    </message>
    <message>
        <source>  Organisation type: %1</source>
        <translation>  组织类型：%1</translation>
    </message>
    <message>
        <source>  Unified social credit code: %1</source>
        <translation>  统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>  Legal representative: %1</source>
        <translation>  法定代表人：%1</translation>
    </message>
    <message>
        <source>  Contact person: %1</source>
        <translation>  联系人：%1</translation>
    </message>
    <message>
        <source>  Phone: %1</source>
        <translation>  电话：%1</translation>
    </message>
    <message>
        <source>  Email: %1</source>
        <translation>  电子邮箱：%1</translation>
    </message>
    <message>
        <source>  Address: %1 %2</source>
        <translation>  地址：%1 %2</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>案件 %1 — %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>办理结果：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>申请方式：%1</translation>
    </message>
    <message>
        <source>Submitted: %1   Received: %2</source>
        <translation>提交日期：%1   收到日期：%2</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申请内容：%1</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Form: %1   Receiving: %2</source>
        <translation>载体形式：%1   获取方式：%2</translation>
    </message>
    <message>
        <source>Department: %1   Clerk: %2</source>
        <translation>承办部门：%1   经办人：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>办理记录：</translation>
    </message>
</context>
<context>
    <name>ogi::cli::VerifyCommand</name>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation><numerusform>发现 %n 处问题。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 — file intact, %n case(s) consistent with their events, audit chain unbroken.</source>
        <translation><numerusform>正常：%1 — 文件完整，%n 件案件与办理记录一致，审计链完整。</numerusform></translation>
    </message>
</context>
<context>
    <name>ogi::cli::main</name>
    <message>
        <source>ogi: unknown or incomplete option %1</source>
        <translation>ogi：未知或不完整的选项 %1</translation>
    </message>
    <message>
        <source>ogi: unknown command "%1"</source>
        <translation>ogi：未知命令“%1”</translation>
    </message>
    <message>
        <source>ogi %1: %2</source>
        <translation>ogi %1：%2</translation>
    </message>
    <message>
        <source>create (or migrate) the database FILE</source>
        <translation>创建（或升级）数据库文件</translation>
    </message>
    <message>
        <source>register one application given as JSON; prints its case number</source>
        <translation>登记一件以 JSON 给出的申请，输出其编号</translation>
    </message>
    <message>
        <source>list the register, newest first</source>
        <translation>列出台账，最新的在前</translation>
    </message>
    <message>
        <source>one case with its timeline</source>
        <translation>显示一件案件及其办理记录</translation>
    </message>
    <message>
        <source>check the file, every case's events and the audit chain</source>
        <translation>检查文件、每件案件的办理记录和审计链</translation>
    </message>
    <message>
        <source>fill FILE with N realistic demo cases</source>
        <translation>向文件中填入 N 件逼真的演示案件</translation>
    </message>
    <message>
        <source>Usage: ogi [--db FILE] [--user NAME] COMMAND [options]</source>
        <translation>用法：ogi [--db 文件] [--user 用户名] 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a finding or a refusal, 2 a usage error.</source>
        <translation>退出码：0 正常，1 发现问题或被拒绝，2 用法错误。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::CaseListModel</name>
    <message>
        <source>Case no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
</context>
<context>
    <name>ogi::ui::MainWindow</name>
    <message>
        <source>OGI Desk — %1</source>
        <translation>政府信息公开申请办理台账 — %1</translation>
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
    <message numerus="yes">
        <source>%1 — %n case(s) in the register</source>
        <translation><numerusform>%1 — 台账共 %n 件</numerusform></translation>
    </message>
</context>
</TS>
