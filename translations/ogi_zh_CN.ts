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
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show the main window, then quit (smoke test).</source>
        <translation>显示主窗口后立即退出（冒烟测试）。</translation>
    </message>
    <message>
        <source>Sign in as this user (with OGI_PASSWORD set: without the dialog).</source>
        <translation>以此用户登录（设置了 OGI_PASSWORD 时不显示登录对话框）。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Updating the register %1 for this version of OGI Desk…</source>
        <translation>正在将台账 %1 升级到本版本……</translation>
    </message>
    <message>
        <source>OGI Desk ran out of memory (a file too large or damaged?). The step that failed was not saved.</source>
        <translation>OGI Desk 内存不足（文件过大或已损坏？）。失败的这一步未保存。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Internal error of unknown kind.</source>
        <translation>未知类型的内部错误。</translation>
    </message>
    <message>
        <source>Register to open: a file, or postgresql://user@host:port/database.</source>
        <translation>要打开的台账：文件，或 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Password for the register&apos;s server</source>
        <translation>台账服务器的密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was given for %1: nothing was opened.</source>
        <translation>未输入 %1 的密码：未打开任何台账。</translation>
    </message>
</context>
<context>
    <name>ogi::ActionParam</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>What to supplement</source>
        <translation>需补正的内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>征求意见对象</translation>
    </message>
    <message>
        <source>Name of the third party or agency</source>
        <translation>第三方或机关名称</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <source>Charging method</source>
        <translation>收费方式</translation>
    </message>
    <message>
        <source>Pages (by volume)</source>
        <translation>页数（按量计收）</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>缴费金额（元）</translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation>延长期限（工作日）</translation>
    </message>
    <message>
        <source>Later reply date (Art. 35)</source>
        <translation>另行确定的答复期限（第三十五条）</translation>
    </message>
    <message>
        <source>Review result</source>
        <translation>审查结论</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Reply type</source>
        <translation>答复类型</translation>
    </message>
    <message>
        <source>Outcome (annual report)</source>
        <translation>办理结果（年度报告）</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>答复草稿</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>邮件单号</translation>
    </message>
    <message>
        <source>Received by the applicant on</source>
        <translation>申请人签收日期</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>归档号</translation>
    </message>
    <message>
        <source>Remedy number (to record its result)</source>
        <translation>救济记录编号（登记结果时）</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>救济方式</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>提起日期</translation>
    </message>
    <message>
        <source>Reconsideration body or court</source>
        <translation>复议机关或法院</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>审结日期</translation>
    </message>
    <message>
        <source>What it corrects</source>
        <translation>更正事项</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>更正后的内容</translation>
    </message>
    <message>
        <source>Supplement period (working days from the applicant&apos;s receipt)</source>
        <translation>补正期限（自申请人收到告知书次日起算，工作日）</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>收到凭据</translation>
    </message>
    <message>
        <source>Applicant told on</source>
        <translation>告知申请人日期</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Document number of the notice</source>
        <translation>告知书文号</translation>
    </message>
    <message>
        <source>Receipt proved by</source>
        <translation>签收凭证</translation>
    </message>
    <message>
        <source>Reasons to be given by</source>
        <translation>说明理由的期限</translation>
    </message>
    <message>
        <source>What to explain</source>
        <translation>需要说明的事项</translation>
    </message>
    <message>
        <source>The office finds the reasons</source>
        <translation>本机关认定申请理由</translation>
    </message>
    <message>
        <source>The applicant&apos;s reasons</source>
        <translation>申请人说明的理由</translation>
    </message>
    <message>
        <source>Provision withheld under (Art. 14–16)</source>
        <translation>不予公开的依据条款（第十四条至第十六条）</translation>
    </message>
    <message>
        <source>Archived without proof of receipt, because</source>
        <translation>无送达凭证归档的原因</translation>
    </message>
    <message>
        <source>What verifying the record found</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <source>What was corrected, and how</source>
        <translation>更正的内容和结果</translation>
    </message>
    <message>
        <source>The agency competent to correct it</source>
        <translation>有权更正的行政机关</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ogi::ActionPermission</name>
    <message>
        <source>There is no action &quot;%1&quot;.</source>
        <translation>没有“%1”这一操作。</translation>
    </message>
    <message>
        <source>Case %1 is %2: &quot;%3&quot; is not possible in that state (it is possible when the case is %4, by %5).</source>
        <translation>案件 %1 当前状态为“%2”，不能执行“%3”（该操作须在案件处于“%4”时、由%5执行）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on case %2 (%3) needs the role %4; %5 holds %6.</source>
        <translation>对案件 %2（%3）执行“%1”需要%4角色；%5 的角色为：%6。</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>no role (the account is disabled)</source>
        <translation>无角色（账号已停用）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of case %2 (%3).</source>
        <translation>“%1”不是案件 %2（%3）的办理环节。</translation>
    </message>
</context>
<context>
    <name>ogi::ActionPrerequisites</name>
    <message>
        <source>There is no signed-off reply to deliver.</source>
        <translation>没有已签发的答复可供送达。</translation>
    </message>
    <message>
        <source>Issue the reply notice first (&quot;%1&quot;, Notices → Issue notice): a reply is delivered only once it is issued in writing.</source>
        <translation>请先出具答复文书（“%1”，文书 → 出具文书）：答复书面出具后才能送达。</translation>
    </message>
    <message>
        <source>The consulted third party objected and the reply discloses: issue the notice to the third party first (Art. 32: in writing, before the information is disclosed).</source>
        <translation>被征求意见的第三方不同意公开，而答复予以公开：请先出具告知第三方的文书（第三十二条：公开前书面告知第三方）。</translation>
    </message>
    <message>
        <source>The applicant has not been asked for reasons: record the request for reasons first (Art. 35).</source>
        <translation>尚未要求申请人说明理由：请先登记要求说明理由（第三十五条）。</translation>
    </message>
    <message>
        <source>The answer to the request for reasons of %1 is already recorded; correct it with an amendment.</source>
        <translation>%1 要求说明理由的答复情况已登记；如需更正请登记更正记录。</translation>
    </message>
    <message>
        <source>Issue the request for reasons (说明理由通知书) first: the applicant cannot fail to answer a request never sent.</source>
        <translation>请先出具说明理由通知书：未告知申请人的，不能认定其未说明理由。</translation>
    </message>
    <message>
        <source>The applicant&apos;s reasons were found reasonable; the office sets a later reply date instead (Art. 35).</source>
        <translation>已认定申请理由合理，应确定延迟答复的合理期限（第三十五条）。</translation>
    </message>
    <message>
        <source>An Art. 35 later date needs the applicant&apos;s reasons found reasonable: ask for reasons and record the finding first.</source>
        <translation>确定第三十五条延迟答复期限，须先认定申请理由合理：请先要求说明理由并登记认定结果。</translation>
    </message>
    <message>
        <source>A refusal for excessive requests (Art. 35) comes after asking the applicant for reasons: record the request for reasons first.</source>
        <translation>以申请数量、频次明显超过合理范围不予处理（第三十五条），须先要求申请人说明理由：请先登记要求说明理由。</translation>
    </message>
    <message>
        <source>The applicant was asked for reasons by %1: record the reasons and the office&apos;s finding, or that none were given, first.</source>
        <translation>已要求申请人于 %1 前说明理由：请先登记申请人说明的理由及本机关的认定，或登记申请人未说明理由。</translation>
    </message>
    <message>
        <source>The applicant&apos;s reasons were found reasonable: the office may set a later reply date (Art. 35), not refuse to process the application.</source>
        <translation>已认定申请理由合理：本机关可以确定延迟答复的合理期限（第三十五条），不能告知不予处理。</translation>
    </message>
    <message>
        <source>No proof that the applicant received the reply is recorded (proof of service, tracking result, signed receipt or email delivery record). Record it first (&quot;%1&quot;), or say why the case is archived without one: that is recorded with the archiving.</source>
        <translation>未登记申请人收到答复的凭证（送达回证、邮件妥投查询记录、签收回执或电子送达记录）。请先登记（“%1”），或写明无凭证归档的原因，该原因随归档一并记录。</translation>
    </message>
    <message>
        <source>No extension of case %1 is waiting for a decision.</source>
        <translation>案件 %1 没有待审批的延期申请。</translation>
    </message>
    <message>
        <source>No extension of case %1 has been approved: there is nothing to tell the applicant.</source>
        <translation>案件 %1 未经批准延期，无需告知申请人。</translation>
    </message>
    <message>
        <source>The applicant was told of the extension by notice %1 of %2.</source>
        <translation>已于 %2 以 %1 号告知书告知申请人延期。</translation>
    </message>
    <message>
        <source>The notice of extension is already recorded as sent on %1; correct it with an amendment.</source>
        <translation>已登记于 %1 另行告知延期；如需更正请登记更正记录。</translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt of this notice is already recorded (%1); correct it with an amendment.</source>
        <translation>申请人收到该告知书的日期已登记（%1）；如需更正请登记更正记录。</translation>
    </message>
    <message>
        <source>Case %1 has no current draft reply to submit: draft it first.</source>
        <translation>案件 %1 没有可提交的答复稿，请先拟稿。</translation>
    </message>
    <message>
        <source>Case %1 has no current draft reply to submit: draft it first (&quot;%2&quot;).</source>
        <translation>案件 %1 没有可提交的答复稿，请先“%2”。</translation>
    </message>
    <message>
        <source>A reply of type %1 must pass the search and the confidentiality review first: %2. Only petitions, publications, repeated applications and information whose access other laws govern are answered without them.</source>
        <translation>答复类型“%1”须先经检索和保密审查：%2。只有信访投诉、公开出版物、重复申请和有关法律、行政法规对获取有特别规定的信息可不经检索和保密审查直接答复。</translation>
    </message>
    <message>
        <source>The confidentiality review decided &quot;%1&quot;: a reply of type %2 does not agree with it.</source>
        <translation>保密审查结论为“%1”，与答复类型“%2”不一致。</translation>
    </message>
    <message>
        <source>Accepting ends the chance to ask for a supplement: Art. 30 lets the office ask the applicant once, within 7 working days of receipt, and OGI Desk asks it before acceptance. If the request is unclear, choose &quot;%1&quot; instead.</source>
        <translation>受理后不能再告知补正：依照《条例》第三十条，行政机关应当自收到申请之日起7个工作日内一次性告知申请人补正，本系统在受理前告知。申请内容不明确的，请改为“%1”。</translation>
    </message>
    <message>
        <source>The application lacks what Art. 29 asks for, and accepting ends the chance to ask for a supplement (Art. 30: once, within 7 working days of receipt). Choose &quot;%1&quot; instead unless the request can be answered as it stands.</source>
        <translation>申请缺少《条例》第二十九条规定的内容，受理后不能再告知补正（第三十条：收到申请之日起7个工作日内一次性告知）。除非按现有内容即可答复，请改为“%1”。</translation>
    </message>
    <message>
        <source>Before the confidentiality review only petitions, publications, repeated applications and information whose access other laws govern are answered; any other reply comes after %1.</source>
        <translation>保密审查前只能答复信访投诉、公开出版物、重复申请和有关法律、行政法规对获取有特别规定的信息；其他答复须先经过“%1”。</translation>
    </message>
</context>
<context>
    <name>ogi::ActionRules</name>
    <message>
        <source>The applicant may supplement until %1: the application can be treated as abandoned only after that day (Art. 30).</source>
        <translation>申请人可在 %1 前补正：该日之后方可视为放弃申请（第三十条）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active user with the role %2.</source>
        <translation>“%1”不是具有%2角色的在用账号。</translation>
    </message>
    <message>
        <source>Charging by volume needs the number of pages.</source>
        <translation>按量计收须填写页数。</translation>
    </message>
    <message>
        <source>No fee may be charged for this application: %1</source>
        <translation>本申请不得收费：%1</translation>
    </message>
    <message>
        <source>The fee notice asked for %1 yuan; %2 yuan was entered.</source>
        <translation>收费通知的金额为 %1 元，录入的是 %2 元。</translation>
    </message>
    <message>
        <source>An extension adds 1 to %1 working days (Art. 33), not %2.</source>
        <translation>延长期限为 1 至 %1 个工作日（第三十三条），不能为 %2。</translation>
    </message>
    <message>
        <source>The reply period of case %1 was already extended once; the law allows one extension (Art. 33).</source>
        <translation>案件 %1 的答复期限已延长过一次；法律只允许延长一次（第三十三条）。</translation>
    </message>
    <message>
        <source>An extension of case %1 is already waiting for the chief&apos;s decision.</source>
        <translation>案件 %1 已有延期申请在等待负责人审批。</translation>
    </message>
    <message>
        <source>The reply was due on %1: an extension must be approved before the deadline (Art. 33).</source>
        <translation>答复期限为 %1：延期须在期限届满前批准（第三十三条）。</translation>
    </message>
    <message>
        <source>%1 drafted this reply and so cannot sign it off (four eyes); another chief must sign.</source>
        <translation>%1 是本答复的拟稿人，不能签发（双人复核）；须由其他负责人签发。</translation>
    </message>
    <message>
        <source>Case %1 has no remedy number %2.</source>
        <translation>案件 %1 没有编号为 %2 的救济记录。</translation>
    </message>
    <message>
        <source>A recorded remedy&apos;s kind, filing date and body are not changed; record its result and concluded date.</source>
        <translation>已登记救济的方式、提起日期和机关不再修改；请登记其结果和审结日期。</translation>
    </message>
    <message>
        <source>Say which remedy: %1.</source>
        <translation>请选择救济方式：%1。</translation>
    </message>
    <message>
        <source>The remedy cannot be recorded:</source>
        <translation>无法登记该救济：</translation>
    </message>
    <message>
        <source>The Art. 35 date must be later than the reply deadline %1, not %2.</source>
        <translation>依第三十五条另行确定的期限须晚于答复期限 %1，不能为 %2。</translation>
    </message>
    <message>
        <source>The supplement period must be at least %1 working days from the applicant&apos;s receipt of the notice (a reasonable period, Art. 30), not %2.</source>
        <translation>补正期限自申请人收到告知书之日起算，不得少于 %1 个工作日（第三十条“合理的补正期限”），不能为 %2 个工作日。</translation>
    </message>
    <message numerus="yes">
        <source>Record when the applicant received the supplement notice of %1 first: their %n working day(s) to supplement run from the day after (Art. 30).</source>
        <translation>
            <numerusform>请先登记申请人收到 %1 发出的补正申请告知书的日期：%n 个工作日的补正期限自收到之日的次日起计算（第三十条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The applicant cannot have received the notice on %1: it went out on %2 and this step is dated %3.</source>
        <translation>申请人不可能于 %1 收到该告知书：告知书于 %2 发出，本步骤日期为 %3。</translation>
    </message>
    <message>
        <source>Record when the applicant received the fee notice of %1 first: their 20 working days to pay run from the day after (Art. 7 of the fee measures).</source>
        <translation>请先登记申请人收到 %1 发出的信息处理费缴费通知书的日期：20 个工作日的缴费期限自收到之日的次日起计算（《政府信息公开信息处理费管理办法》第七条）。</translation>
    </message>
    <message>
        <source>The applicant may pay until %1 (20 working days from the day after receiving the fee notice on %2; Art. 7 of the fee measures).</source>
        <translation>申请人可在 %1 前缴费（%2 收到缴费通知书，自次日起 20 个工作日；《政府信息公开信息处理费管理办法》第七条）。</translation>
    </message>
    <message>
        <source>The applicant cannot have been told on %1: the extension was approved on %2 and this step is dated %3.</source>
        <translation>告知日期不能为 %1：延期于 %2 批准，本步骤日期为 %3。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; did you mean %2?</source>
        <translation>没有用户“%1”；是否指 %2？</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; a case is assigned to an active user with the role %2.</source>
        <translation>没有用户“%1”；案件只能分办给具有%2角色的在用账号。</translation>
    </message>
</context>
<context>
    <name>ogi::ActionSpec</name>
    <message>
        <source>&quot;%1&quot; takes no parameters.</source>
        <translation>“%1”不需要参数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take this parameter; it takes: %2.</source>
        <translation>“%1”没有此参数；可用参数：%2。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>必须填写%1。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1须为整数，不能为“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-03-16, not &quot;%2&quot;.</source>
        <translation>%1须为形如 2026-03-16 的日期，不能为“%2”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1：“%2”不在可选值 %3 之中。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be recorded: %n problem(s) with what was given.</source>
        <translation>
            <numerusform>无法登记“%1”：所填内容有 %n 处问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::AnnualReportDue</name>
    <message>
        <source>Annual report %1: to be submitted to the competent office and published by %2 (Art. 49)</source>
        <translation>%1年度政府信息公开工作年度报告：应于 %2 前向本级政府信息公开工作主管部门提交并向社会公布（第四十九条）</translation>
    </message>
    <message>
        <source>Annual report %1 of the government: to be published by %2 (Art. 49)</source>
        <translation>本级政府%1年度政府信息公开工作年度报告：应于 %2 前向社会公布（第四十九条）</translation>
    </message>
    <message>
        <source>%1; the year is not over yet.</source>
        <translation>%1；该年度尚未结束。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left.</source>
        <translation>
            <numerusform>%1：还有 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due today.</source>
        <translation>%1：今天到期。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the date passed %n day(s) ago.</source>
        <translation>
            <numerusform>%1：该日期已过去 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationElements</name>
    <message>
        <source>name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>身份证明</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>description of the information</source>
        <translation>所需信息的名称、文号或特征描述</translation>
    </message>
    <message>
        <source>form and way of receiving</source>
        <translation>形式要求和获取方式</translation>
    </message>
    <message>
        <source>applicant %1</source>
        <translation>第%1位申请人</translation>
    </message>
    <message>
        <source>the applicant&apos;s name (Art. 29 (1))</source>
        <translation>申请人的姓名或者名称（第二十九条第二款第（一）项）</translation>
    </message>
    <message>
        <source>proof of identity: ID number, or the organisation&apos;s credit code (Art. 29 (1))</source>
        <translation>申请人的身份证明：身份证件号码，或者组织的统一社会信用代码（第二十九条第二款第（一）项）</translation>
    </message>
    <message>
        <source>a way to reach the applicant: phone, email or address (Art. 29 (1))</source>
        <translation>申请人的联系方式：电话、电子邮箱或者通信地址（第二十九条第二款第（一）项）</translation>
    </message>
    <message>
        <source>the postal address the reply is to be posted to (Art. 29 (1))</source>
        <translation>以邮寄方式获取信息所需的邮寄地址（第二十九条第二款第（一）项）</translation>
    </message>
    <message>
        <source>the email address the reply is to be sent to (Art. 29 (1))</source>
        <translation>以电子邮件方式获取信息所需的电子邮箱（第二十九条第二款第（一）项）</translation>
    </message>
    <message>
        <source>the name, document number or a description of the information sought (Art. 29 (2))</source>
        <translation>申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述（第二十九条第二款第（二）项）</translation>
    </message>
    <message>
        <source>the form of the information and how to receive it (Art. 29 (3))</source>
        <translation>申请公开的政府信息的形式要求，包括获取信息的方式、途径（第二十九条第二款第（三）项）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationJson</name>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>required; one of: %1</source>
        <translation>必填，可选值：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
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
        <translation>
            <numerusform>申请有 %n 处问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationTable</name>
    <message>
        <source>%1 / %2: %3 is stated, but %4 gives %5.</source>
        <translation>%1 / %2：填报为 %3，但%4为 %5。</translation>
    </message>
    <message>
        <source>the sum of the rows under it</source>
        <translation>其下各项之和</translation>
    </message>
    <message>
        <source>the sum of the six columns before it</source>
        <translation>前六列之和</translation>
    </message>
    <message>
        <source>一 + 二 = （七） + 四 (the received and carried-in against the concluded and carried-out)</source>
        <translation>第一项加第二项之和（应等于第三项加第四项之和）</translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationTableCsv</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of section 三 (the labels are the format&apos;s, verbatim).</source>
        <translation>“%1”不是第三部分表格中的行（行名须与统一格式一字不差）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 figures; it needs %3.</source>
        <translation>“%1”有 %2 个数字，应为 %3 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2: &quot;%3&quot; is not a whole number.</source>
        <translation>“%1”，%2：“%3”不是整数。</translation>
    </message>
    <message>
        <source>The row &quot;%1&quot; is missing.</source>
        <translation>缺少“%1”一行。</translation>
    </message>
    <message numerus="yes">
        <source>The figures cannot be read: %n problem(s).</source>
        <translation>
            <numerusform>无法读取数据：%n 处问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ApplicationValidator</name>
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
        <source>give the applicant&apos;s name or a way to reach them: an application from nobody who can be answered cannot be registered</source>
        <translation>请填写申请人的姓名（名称）或者联系方式：无法答复任何人的申请不能登记</translation>
    </message>
    <message>
        <source>the agent&apos;s name is required when an agent is recorded</source>
        <translation>登记委托代理人时须填写代理人姓名</translation>
    </message>
    <message>
        <source>a representative is named among several applicants; this application has one</source>
        <translation>代表人须在多名申请人中推选，本申请只有一名申请人</translation>
    </message>
    <message>
        <source>only one of the applicants can be the representative</source>
        <translation>只能推选一名申请人为代表人</translation>
    </message>
    <message>
        <source>name the record to be corrected and what is inaccurate in it (Art. 41)</source>
        <translation>请写明要求更正的政府信息记录及其不准确之处（第四十一条）</translation>
    </message>
    <message>
        <source>The applicant&apos;s name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>The credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>The agent&apos;s name</source>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <source>The agent&apos;s ID number</source>
        <translation>代理人身份证号码</translation>
    </message>
    <message>
        <source>The agent&apos;s phone number</source>
        <translation>代理人联系电话</translation>
    </message>
    <message>
        <source>The agent&apos;s email address</source>
        <translation>代理人电子邮箱</translation>
    </message>
    <message>
        <source>The agent&apos;s address</source>
        <translation>代理人通信地址</translation>
    </message>
    <message>
        <source>The agent&apos;s postcode</source>
        <translation>代理人邮政编码</translation>
    </message>
    <message>
        <source>The description of the request</source>
        <translation>申请内容描述</translation>
    </message>
    <message>
        <source>The document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>The clerk</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ogi::AttachmentStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attach scans and letters, not recordings.</source>
        <translation>%1 超过 %2 MB；附件应为扫描件和文书，不收录音录像。</translation>
    </message>
    <message>
        <source>Cannot write a copy of %1: %2</source>
        <translation>无法写入 %1 的副本：%2</translation>
    </message>
    <message>
        <source>the stored file %1 is missing</source>
        <translation>存档文件 %1 已丢失</translation>
    </message>
    <message>
        <source>the stored file %1 has been changed (its SHA-256 is now %2)</source>
        <translation>存档文件 %1 已被改动（其 SHA-256 现为 %2）</translation>
    </message>
    <message>
        <source>Attaching a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write in the attachment folder %1: %2</source>
        <translation>无法写入附件文件夹 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to attach.</source>
        <translation>%1 是空文件，没有可添加的内容。</translation>
    </message>
    <message>
        <source>Cannot write in the attachment folder %1.</source>
        <translation>无法写入附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot store %1 as %2: %3</source>
        <translation>无法将 %1 存为 %2：%3</translation>
    </message>
    <message>
        <source>Attachment %1 cannot be opened: %2. Restore it from a backup.</source>
        <translation>附件 %1 无法打开：%2。请从备份恢复。</translation>
    </message>
    <message>
        <source>Case %1, attachment %2: %3.</source>
        <translation>案件 %1，附件 %2：%3。</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it one by one.</source>
        <translation>%1 是文件夹；请逐个添加其中的文件。</translation>
    </message>
    <message>
        <source>%1 is a device, not a document; only files can be attached.</source>
        <translation>%1 是设备，不是文档；只能添加文件作为附件。</translation>
    </message>
    <message>
        <source>%1 is a pipe or a socket, not a document; only files can be attached.</source>
        <translation>%1 是管道或套接字，不是文档；只能添加文件作为附件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only files can be attached.</source>
        <translation>%1 不是普通文件；只能添加文件作为附件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a file of the running system (under %2), not a document; save the document as a file and attach that.</source>
        <translation>%1 是运行中系统的文件（位于 %2 下），不是文档；请将文档另存为文件后再添加。</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied (%2 bytes when opened, %3 read); attach it again once it is complete.</source>
        <translation>%1 在复制过程中发生了变化（打开时 %2 字节，读取 %3 字节）；请待文件完整后重新添加。</translation>
    </message>
    <message>
        <source>in the register&apos;s database (table attachment_chunks)</source>
        <translation>保存在台账数据库中（attachment_chunks 表）</translation>
    </message>
    <message>
        <source>Cannot read the copy of %1 again: %2</source>
        <translation>无法再次读取 %1 的副本：%2</translation>
    </message>
    <message>
        <source>its stored bytes (SHA-256 %1) are missing from the database</source>
        <translation>数据库中缺少其存档内容（SHA-256 %1）</translation>
    </message>
    <message>
        <source>its stored bytes have been changed (their SHA-256 is now %1)</source>
        <translation>其存档内容已被改动（SHA-256 现为 %1）</translation>
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
        <source>audit log: the last row is %1 but the log&apos;s head records row %2 (rows were deleted or added at the end)</source>
        <translation>审计日志：最后一行是第 %1 行，但日志头记录的是第 %2 行（末尾有记录被删除或追加）</translation>
    </message>
    <message>
        <source>audit log row %1: not sealed with the office key although row %2 before it was (the log was rewritten)</source>
        <translation>审计日志第 %1 行：未用本机关密钥封签，而之前的第 %2 行已封签（日志被改写）</translation>
    </message>
    <message>
        <source>audit log row %1: its seal does not match the office key (the row was rewritten, or sealed with another office&apos;s key)</source>
        <translation>审计日志第 %1 行：封签与本机关密钥不符（该行被改写，或由其他机关的密钥封签）</translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n more row(s) whose seal does not match the office key</source>
        <translation>
            <numerusform>审计日志：另有 %n 行封签与本机关密钥不符</numerusform>
        </translation>
    </message>
    <message>
        <source>The office key %1 is not on this computer: the seals of the audit log could not be checked, only its hashes.</source>
        <translation>本机没有机关密钥 %1：无法核对审计日志的封签，只核对了哈希。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) were written before the log was sealed with the office key: a rewrite of them that recomputes their hashes is caught only by a check code printed earlier.</source>
        <translation>
            <numerusform>有 %n 行审计记录写于日志启用机关密钥封签之前：若有人改写并重算其哈希，只能靠此前打印的校验码发现。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::AuditWitness</name>
    <message>
        <source>audit log row %1, seen here on %2, is gone (the history was cut back or deleted)</source>
        <translation>本机于 %2 见过的审计日志第 %1 行已不存在（历史记录被截短或删除）</translation>
    </message>
    <message>
        <source>audit log row %1 differs from the one seen here on %2 (the history was rewritten)</source>
        <translation>审计日志第 %1 行与本机于 %2 所见不同（历史记录被改写）</translation>
    </message>
</context>
<context>
    <name>ogi::CalendarCsv</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the first line must be the header &quot;date,kind,name&quot;</source>
        <translation>第一行必须是表头“date,kind,name”</translation>
    </message>
    <message>
        <source>expected &quot;date,kind,name&quot;, found &quot;%1&quot;</source>
        <translation>应为“date,kind,name”，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; must be &quot;work&quot; or &quot;off&quot;</source>
        <translation>类别“%1”必须是“work”（上班）或“off”（休息）</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message numerus="yes">
        <source>The calendar file %1 has %n problem(s):</source>
        <translation>
            <numerusform>日历文件 %1 有 %n 处问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::CalendarRepository</name>
    <message>
        <source>A calendar day needs a valid date.</source>
        <translation>日历日期必须是有效日期。</translation>
    </message>
    <message>
        <source>The calendar has no override for %1.</source>
        <translation>日历中没有对 %1 的调整。</translation>
    </message>
    <message>
        <source>No running reply deadline moved.</source>
        <translation>在办案件的答复期限均未变动。</translation>
    </message>
    <message numerus="yes">
        <source>%n running reply deadline(s) moved: see 期限预警 for the new dates.</source>
        <translation>
            <numerusform>%n 件在办案件的答复期限随之变动，新期限见“期限预警”。</numerusform>
        </translation>
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
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>Set later reply date (Art. 35)</source>
        <translation>另行确定答复期限（第三十五条）</translation>
    </message>
    <message>
        <source>Applicant received the reply</source>
        <translation>申请人签收</translation>
    </message>
    <message>
        <source>Record reconsideration or lawsuit</source>
        <translation>登记复议或诉讼</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Reply (imported from the old ledger)</source>
        <translation>答复（从原台账导入）</translation>
    </message>
    <message>
        <source>Concluded (imported from the old ledger)</source>
        <translation>办结（从原台账导入）</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>Notice voided</source>
        <translation>作废文书</translation>
    </message>
    <message>
        <source>Extension notice sent outside OGI Desk</source>
        <translation>另行告知延期</translation>
    </message>
    <message>
        <source>Applicant received the notice</source>
        <translation>申请人收到告知书</translation>
    </message>
    <message>
        <source>Ask the applicant for reasons (Art. 35)</source>
        <translation>要求说明理由（第三十五条）</translation>
    </message>
    <message>
        <source>Reasons received and assessed</source>
        <translation>收到理由并认定</translation>
    </message>
    <message>
        <source>No reasons given in time</source>
        <translation>逾期未说明理由</translation>
    </message>
    <message>
        <source>Verify the record (Art. 41)</source>
        <translation>审核（第四十一条）</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>予以更正</translation>
    </message>
    <message>
        <source>Refer to the competent agency</source>
        <translation>转送有权更正的机关</translation>
    </message>
    <message>
        <source>Tell the applicant to ask the competent agency</source>
        <translation>告知向有权更正的机关提出</translation>
    </message>
    <message>
        <source>Refuse the correction</source>
        <translation>不予更正</translation>
    </message>
</context>
<context>
    <name>ogi::CaseDeadline</name>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>No statutory period: the Regulations set none for a request to correct a record (Art. 41); no reply deadline is counted.</source>
        <translation>无法定期限：《条例》未规定更正申请的办理期限（第四十一条），不计算答复期限。</translation>
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
        <translation>
            <numerusform>申请有 %n 处问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; on case %2 must be a valid date not in the future.</source>
        <translation>案件 %2 的“%1”日期必须是有效日期，且不得晚于今天。</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;.</source>
        <translation>未知办理结果“%1”。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is %2: &quot;%3&quot; is not possible in that state.</source>
        <translation>案件 %1 当前状态为“%2”：该状态下不能执行“%3”。</translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; (%2) is before the case&apos;s previous step (%3).</source>
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
    <name>ogi::CaseWorkflow</name>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Registering an application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>There is no action &quot;%1&quot;; the actions are: %2.</source>
        <translation>没有“%1”这一操作；可用操作：%2。</translation>
    </message>
</context>
<context>
    <name>ogi::CorrectionRules</name>
    <message>
        <source>&quot;%1&quot; on case %2 needs the verification of the record to have found: %3 (Art. 41); it found: %4.</source>
        <translation>案件 %2 的“%1”须以审核结论为“%3”为前提（第四十一条）；本案审核结论为：%4。</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>尚未审核</translation>
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
    <name>ogi::DailyBackup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
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
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。请安装 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is being restored from a backup right now. Open it again when the restore has finished.</source>
        <translation>%1 正在从备份恢复。恢复完成后再打开。</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>无法在 %1 中写入。</translation>
    </message>
    <message>
        <source>%1 was replaced or moved by another program (a restore from a backup?) since it was opened here. Nothing was written. Close it and open it again.</source>
        <translation>%1 在本程序打开后被其他程序替换或移动（是否从备份恢复过？）。未写入任何内容。请关闭后重新打开。</translation>
    </message>
    <message>
        <source>The database %1 holds no OGI Desk register yet. Create one with: ogi --db %1 init</source>
        <translation>数据库 %1 中还没有台账。可用以下命令创建：ogi --db %1 init</translation>
    </message>
    <message>
        <source>Cannot open %1: its schema version %2 is older than any this version of OGI Desk wrote. Nothing was changed in it.</source>
        <translation>无法打开 %1：其数据结构版本 %2 早于本版 OGI Desk 写过的任何版本。其中未作任何改动。</translation>
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
    <message>
        <source>Cannot open %1: the file is damaged (it is shorter than its header says: cut off). Restore it from a backup.</source>
        <translation>无法打开 %1：文件已损坏（文件长度短于文件头所记录的长度，已被截断）。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>ogi::DeadlineCalculator</name>
    <message>
        <source>The receipt date is missing or not a valid date.</source>
        <translation>收到日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>The as-of date is missing or not a valid date.</source>
        <translation>计算基准日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>A supplement received on %1 was never asked for.</source>
        <translation>%1 收到的补正材料并未要求补正。</translation>
    </message>
    <message>
        <source>The supplement was asked on %1, before the application was received on %2.</source>
        <translation>告知补正的日期 %1 早于收到申请的日期 %2。</translation>
    </message>
    <message>
        <source>The supplement was received on %1, before it was asked on %2.</source>
        <translation>收到补正的日期 %1 早于告知补正的日期 %2。</translation>
    </message>
    <message>
        <source>The supplement asked on %1 has not been received: no reply period runs yet, so it can have no pause, extension or reply.</source>
        <translation>%1 告知的补正尚未收到：答复期限尚未起算，因此不能有中止、延期或答复。</translation>
    </message>
    <message>
        <source>Pause %1 has no valid start date.</source>
        <translation>第 %1 段中止没有有效的开始日期。</translation>
    </message>
    <message>
        <source>The pause from %1 ends on %2, before it starts.</source>
        <translation>自 %1 起的中止结束于 %2，早于其开始日期。</translation>
    </message>
    <message>
        <source>The pause from %1 starts before the reply period&apos;s trigger on %2.</source>
        <translation>自 %1 起的中止早于答复期限的起算事由日 %2。</translation>
    </message>
    <message>
        <source>The pause from %1 overlaps the pause before it, which ends on %2.</source>
        <translation>自 %1 起的中止与前一段中止（结束于 %2）重叠。</translation>
    </message>
    <message>
        <source>The pause from %1 has no end, but another pause follows it.</source>
        <translation>自 %1 起的中止没有结束日期，但其后还有另一段中止。</translation>
    </message>
    <message>
        <source>The reply on %1 is before the reply period&apos;s trigger on %2.</source>
        <translation>%1 的答复早于答复期限的起算事由日 %2。</translation>
    </message>
    <message>
        <source>The reply on %1 was sent while the pause from %2 is still open.</source>
        <translation>%1 发出答复时，自 %2 起的中止尚未结束。</translation>
    </message>
    <message>
        <source>An extension may be granted only once (Art. 33); this application has %1.</source>
        <translation>延期只能批准一次（第三十三条）；本申请已有 %1 次。</translation>
    </message>
    <message>
        <source>An extension must add at least one working day, not %1.</source>
        <translation>延期至少应为 1 个工作日，而不是 %1。</translation>
    </message>
    <message>
        <source>An extension may add at most %1 working days (Art. 33), not %2.</source>
        <translation>延期最长不得超过 %1 个工作日（第三十三条），而不是 %2。</translation>
    </message>
    <message>
        <source>The extension&apos;s approval date is missing or not a valid date.</source>
        <translation>延期批准日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>The extension was approved on %1, before the application was received on %2.</source>
        <translation>延期批准日期 %1 早于收到申请的日期 %2。</translation>
    </message>
    <message>
        <source>The extension approved on %1 comes after the deadline of %2: an extension must be approved before the reply is due (Art. 33).</source>
        <translation>%1 批准的延期晚于答复期限 %2：延期必须在答复期限届满前批准（第三十三条）。</translation>
    </message>
    <message>
        <source>The later reply date %1 (Art. 35) must be after the statutory due date %2.</source>
        <translation>第三十五条确定的答复日期 %1 必须晚于法定答复期限 %2。</translation>
    </message>
    <message>
        <source>The fee notice sent on %1 cannot have been received on %2, before it was sent.</source>
        <translation>%1 发出的缴费通知书不可能在发出前的 %2 收到。</translation>
    </message>
    <message>
        <source>The applicant was told of the extension on %1, before it was approved on %2.</source>
        <translation>告知申请人延期的日期 %1 早于批准日期 %2。</translation>
    </message>
</context>
<context>
    <name>ogi::DeadlineStatus</name>
    <message>
        <source>Reply (Art. 33)</source>
        <translation>答复（第三十三条）</translation>
    </message>
    <message>
        <source>Supplement notice (Art. 30)</source>
        <translation>补正告知（第三十条）</translation>
    </message>
    <message>
        <source>Consultation answer (Art. 32, 34)</source>
        <translation>征求意见答复（第三十二条、第三十四条）</translation>
    </message>
    <message>
        <source>Fee payment (Art. 42)</source>
        <translation>缴纳信息处理费（第四十二条）</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已中止计时</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>ogi::DeadlineStep</name>
    <message>
        <source>Consultation (Art. 32, 34)</source>
        <translation>征求意见（第三十二条、第三十四条）</translation>
    </message>
    <message>
        <source>Fee notice (Art. 42)</source>
        <translation>收费通知（第四十二条）</translation>
    </message>
    <message numerus="yes">
        <source>due %1 — %2, %n working day(s) left</source>
        <translation>
            <numerusform>%1 到期 — %2，剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1 — due today</source>
        <translation>%1 到期 — 今日到期</translation>
    </message>
    <message numerus="yes">
        <source>due %1 — overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 到期 — 已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1 — paused until %2, %n working day(s) left</source>
        <translation>
            <numerusform>%1 到期 — 中止计时至 %2，剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused until %1 (the other side&apos;s period); %n working day(s) left when the clock resumes</source>
        <translation>
            <numerusform>中止计时至 %1（对方答复期限）；恢复计时后剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused until the supplemented application arrives; %n working day(s) from then</source>
        <translation>
            <numerusform>中止计时，待收到补正后的申请；自那时起计 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1 — %2 (%3)</source>
        <translation>%1 到期 — %2（%3）</translation>
    </message>
    <message>
        <source>closed on %1, no reply owed</source>
        <translation>已于 %1 终止，无需答复</translation>
    </message>
    <message>
        <source>Received on %1 (Art. 31); the day of receipt is not counted.</source>
        <translation>%1 收到申请（第三十一条）；收到当日不计入期限。</translation>
    </message>
    <message numerus="yes">
        <source>Supplement notice sent on %1; it was due by %2 (Art. 30: within %n working day(s) of receipt).</source>
        <translation>
            <numerusform>%1 发出补正告知；应于 %2 前发出（第三十条：收到申请之日起 %n 个工作日内）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A supplement notice, if one is needed, is due by %1 (Art. 30: within %n working day(s) of receipt).</source>
        <translation>
            <numerusform>如需补正，应于 %1 前一次性告知（第三十条：收到申请之日起 %n 个工作日内）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplement asked on %1: the reply period runs from the receipt of the supplemented application (Art. 30).</source>
        <translation>%1 告知补正：答复期限自收到补正后的申请之日起计算（第三十条）。</translation>
    </message>
    <message>
        <source>Supplemented application received on %1; that day is not counted (Art. 30).</source>
        <translation>%1 收到补正后的申请；当日不计入期限（第三十条）。</translation>
    </message>
    <message numerus="yes">
        <source>Counting starts on %1, the first working day after the trigger: %n working day(s) (Art. 33).</source>
        <translation>
            <numerusform>自 %1（起算事由后的第一个工作日）开始计算：%n 个工作日（第三十三条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 to %3: %n working day(s) not counted (Art. 33).</source>
        <translation>
            <numerusform>%1，自 %2 至 %3：%n 个工作日不计入期限（第三十三条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Later reply date %1 set by the office (Art. 35), instead of %2.</source>
        <translation>行政机关依第三十五条确定答复日期为 %1（原为 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, the last of %n counted working day(s).</source>
        <translation>
            <numerusform>期限于 %1 届满，即所计 %n 个工作日的最后一日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply sent on %1, due %2: on time.</source>
        <translation>%1 发出答复，期限为 %2：按期答复。</translation>
    </message>
    <message numerus="yes">
        <source>Reply sent on %1, due %2: late by %n working day(s).</source>
        <translation>
            <numerusform>%1 发出答复，期限为 %2：逾期 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Concluded on %1 without a reply owed.</source>
        <translation>%1 办结，无需答复。</translation>
    </message>
    <message>
        <source>Recorded when the period ended on %1: due %2.</source>
        <translation>期限于 %1 结束时记录：期限为 %2。</translation>
    </message>
    <message>
        <source>Recorded when the period ended on %1: due %2 (today&apos;s calendar would give %3; the record stands).</source>
        <translation>期限于 %1 结束时记录：期限为 %2（按现行日历应为 %3；以记录为准）。</translation>
    </message>
    <message>
        <source>Provisional: %1</source>
        <translation>暂定：%1</translation>
    </message>
    <message>
        <source>[provisional]</source>
        <translation>[暂定]</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>计算基准日：%1。</translation>
    </message>
    <message>
        <source>How the dates were reached:</source>
        <translation>日期推算过程：</translation>
    </message>
    <message numerus="yes">
        <source>paused for the fee; the applicant&apos;s period to pay is not known until the receipt of the fee notice is recorded; %n working day(s) left when the clock resumes</source>
        <translation>
            <numerusform>因收费中止计时；登记申请人收到缴费通知书的日期前，缴费期限无法确定；恢复计时后剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extension notice is still missing, %n working day(s) before the deadline of %1: issue the notice of extension (or record it as sent) by then, or the extension does not count (Art. 33(2)).</source>
        <translation>
            <numerusform>距原答复期限 %1 仅剩 %n 个工作日，仍未告知申请人延期：须在该日前出具延长答复期限告知书（或登记另行告知），否则延期不生效（第三十三条第二款）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The extension is approved but the applicant has not been told: it counts only once the notice of extension is issued (or recorded as sent), no later than %1 (Art. 33(2)).</source>
        <translation>延期已批准但尚未告知申请人：须不迟于 %1 出具延长答复期限告知书（或登记另行告知），延期方生效（第三十三条第二款）。</translation>
    </message>
    <message>
        <source>The extension is approved but the applicant has not been told: it counts only once the notice of extension is issued (or recorded as sent) within the original period (Art. 33(2)).</source>
        <translation>延期已批准但尚未告知申请人：须在原答复期限内出具延长答复期限告知书（或登记另行告知），延期方生效（第三十三条第二款）。</translation>
    </message>
    <message>
        <source>Record when the applicant received the fee notice: their 20 working days to pay run from the day after (Art. 7 of the fee measures), and until then they cannot be counted.</source>
        <translation>请登记申请人收到缴费通知书的日期：20 个工作日的缴费期限自收到之日的次日起计算（《政府信息公开信息处理费管理办法》第七条），登记前无法计算。</translation>
    </message>
    <message>
        <source>The consulted side did not answer within its 15 working days: the clock runs again and the office decides without the answer (Art. 32; Art. 34: no answer counts as consent).</source>
        <translation>被征求意见方未在 15 个工作日内提出意见：期限恢复计算，由本机关依法决定（第三十二条；第三十四条：逾期未提出意见的视为同意公开）。</translation>
    </message>
    <message numerus="yes">
        <source>The supplement notice went out on %1, %n working day(s) after the 7 that Art. 30 allows (due %2).</source>
        <translation>
            <numerusform>补正告知于 %1 发出，超过第三十条规定的 7 个工作日（应于 %2 前）%n 个工作日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2, no answer yet: the clock is stopped until the answer, at the latest until the other side&apos;s period ends on %3, and then runs again; %n working day(s) will be left when it resumes.</source>
        <translation>
            <numerusform>%1，自 %2 起尚未答复：期限中止计算至收到答复，最迟至对方期限届满的 %3，其后恢复计算；恢复计时后剩余 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, the applicant told on %2 (Art. 33(2)).</source>
        <translation>
            <numerusform>%1 批准延期 %n 个工作日，%2 告知申请人（第三十三条第二款）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, the applicant told on %3 (Art. 33(2)): now due %2.</source>
        <translation>
            <numerusform>%1 批准延期 %n 个工作日，%3 告知申请人（第三十三条第二款）：答复期限延至 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, not told to the applicant yet: it counts only once they are told within the original period (Art. 33(2)).</source>
        <translation>
            <numerusform>%1 批准延期 %n 个工作日，尚未告知申请人：须在原答复期限内告知，延期方生效（第三十三条第二款）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extension of %n working day(s) approved on %1, not told to the applicant yet: it counts only once they are told, no later than %2 (Art. 33(2)); until then the deadline stays %2 (told in time: %3).</source>
        <translation>
            <numerusform>%1 批准延期 %n 个工作日，尚未告知申请人：须不迟于 %2 告知，延期方生效（第三十三条第二款）；告知前答复期限仍为 %2（按期告知后为 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension approved on %1 but the applicant was not told by the original deadline %2 (told on %3; Art. 33(2)): it does not count.</source>
        <translation>%1 批准延期，但未在原答复期限 %2 前告知申请人（%3 方告知；第三十三条第二款）：延期不生效。</translation>
    </message>
    <message>
        <source>Extension approved on %1 but the applicant was not told by the original deadline %2 (Art. 33(2)): it does not count.</source>
        <translation>%1 批准延期，但未在原答复期限 %2 前告知申请人（第三十三条第二款）：延期不生效。</translation>
    </message>
    <message numerus="yes">
        <source>Consultation (Art. 32, 34) from %1, answered on %3, after the other side&apos;s 15 working days ended on %2: only %n working day(s) are not counted (Art. 33).</source>
        <translation>
            <numerusform>征求意见（第三十二条、第三十四条），自 %1 起，对方于 %3 答复，晚于其 15 个工作日期限（%2 届满）：仅 %n 个工作日不计入期限（第三十三条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consultation (Art. 32, 34) since %1, no answer within the other side&apos;s 15 working days, which ended on %2: only %n working day(s) are not counted and the clock runs again; the office decides (Art. 32, 34).</source>
        <translation>
            <numerusform>征求意见（第三十二条、第三十四条），自 %1 起，对方在 15 个工作日内（%2 届满）未提出意见：仅 %n 个工作日不计入期限，期限恢复计算，由本机关依法决定（第三十二条、第三十四条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fee notice (Art. 42) sent on %1 and received by the applicant on %2: the clock is stopped until payment; they may pay until %3 (20 working days from the day after receipt, Art. 7 of the fee measures); %n working day(s) will be left when it resumes.</source>
        <translation>
            <numerusform>收费通知（第四十二条）于 %1 发出，申请人于 %2 收到：缴费前期限中止计算；申请人可在 %3 前缴费（自收到次日起 20 个工作日，《政府信息公开信息处理费管理办法》第七条）；恢复计时后剩余 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fee notice (Art. 42) sent on %1: the clock is stopped until payment; the applicant&apos;s 20 working days to pay run from the day after they receive it, which is not recorded yet (Art. 7 of the fee measures); %n working day(s) will be left when it resumes.</source>
        <translation>
            <numerusform>收费通知（第四十二条）于 %1 发出：缴费前期限中止计算；申请人 20 个工作日的缴费期限自收到通知的次日起计算，收到日期尚未登记（《政府信息公开信息处理费管理办法》第七条）；恢复计时后剩余 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>period: where it stands</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>ogi::DeliveryRules</name>
    <message>
        <source>Case %1 cannot be delivered yet: %2</source>
        <translation>案件 %1 暂不能送达：%2</translation>
    </message>
    <message>
        <source>Delivery by %1 needs the tracking number.</source>
        <translation>以%1方式送达须填写邮件单号。</translation>
    </message>
    <message>
        <source>The applicant cannot have received the reply on %1: it went out on %2 and today is %3.</source>
        <translation>申请人不可能在 %1 签收：答复于 %2 寄出，今天是 %3。</translation>
    </message>
    <message>
        <source>A proof of receipt goes with the day the applicant received the reply.</source>
        <translation>登记签收凭证的，须同时填写申请人签收日期。</translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt is already recorded (%1); correct it with an amendment.</source>
        <translation>申请人签收日期已登记（%1）；如需更正请登记更正记录。</translation>
    </message>
    <message>
        <source>Case %1 was concluded without a reply: there is no receipt to prove.</source>
        <translation>案件 %1 未经答复即已办结，没有需要证明的签收。</translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt is proved (%1): the case is not archived without proof.</source>
        <translation>申请人签收已有凭证（%1），不属于无凭证归档。</translation>
    </message>
</context>
<context>
    <name>ogi::DocumentNumberPattern</name>
    <message>
        <source>Document number pattern: at most 60 characters.</source>
        <translation>文号格式：不超过60个字符。</translation>
    </message>
    <message>
        <source>Document number pattern &quot;%1&quot;: write {n} exactly once where the number goes, e.g. X政公开〔{year}〕第{n}号.</source>
        <translation>文号格式“%1”：须在序号处写一次 {n}，例如 X政公开〔{year}〕第{n}号。</translation>
    </message>
    <message>
        <source>Document number pattern: &quot;%1&quot; is not known; use {year}, {type} and {n}.</source>
        <translation>文号格式：不认识“%1”；请使用 {year}、{type} 和 {n}。</translation>
    </message>
</context>
<context>
    <name>ogi::DraftRules</name>
    <message>
        <source>A review that lets everything be disclosed withholds under no provision.</source>
        <translation>审查结论为同意公开的，不涉及不予公开的依据条款。</translation>
    </message>
    <message>
        <source>A review that withholds anything must name the provision it rests on (Art. 14, 15 or 16).</source>
        <translation>审查结论涉及不予公开内容的，须选择所依据的条款（第十四条、第十五条或第十六条）。</translation>
    </message>
    <message>
        <source>A review that withholds anything must name its legal basis.</source>
        <translation>审查结论涉及不予公开内容的，须写明法律依据。</translation>
    </message>
    <message>
        <source>A reply of type %1 needs the outcome for the annual report: one of %2.</source>
        <translation>答复类型“%1”须选择年度报告办理结果，可选：%2。</translation>
    </message>
    <message>
        <source>A reply of type %1 cannot be counted as %2; it is counted as one of %3.</source>
        <translation>答复类型“%1”不能计入“%2”，应计入：%3。</translation>
    </message>
    <message>
        <source>The confidentiality review withheld under %1: the refusal is counted as %2, not as %3.</source>
        <translation>保密审查依据“%1”不予公开：应计入%2，不能计入“%3”。</translation>
    </message>
</context>
<context>
    <name>ogi::EmailDelivery</name>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>The applicant of case %1 asked to receive the reply by %2, not by email.</source>
        <translation>案件 %1 的申请人要求以%2方式获取答复，不是电子邮件。</translation>
    </message>
    <message>
        <source>The applicant of case %1 has no email address on record.</source>
        <translation>案件 %1 的申请人没有登记电子邮箱地址。</translation>
    </message>
    <message>
        <source>No reply notice has been issued for case %1 yet (文书 → 出具文书).</source>
        <translation>案件 %1 尚未出具答复文书（文书 → 出具文书）。</translation>
    </message>
    <message>
        <source>Email delivery is not set up: an administrator enters the mail server in Settings → Email delivery.</source>
        <translation>尚未设置邮件送达：请管理员在“设置 → 邮件送达”中填写邮件服务器。</translation>
    </message>
    <message>
        <source>The mail server&apos;s password was stored on another computer or account and cannot be read here: an administrator enters it again in Settings → Email delivery.</source>
        <translation>邮件服务器密码是在另一台计算机或另一个系统账户上保存的，在此无法读取：请管理员在“设置 → 邮件送达”中重新输入。</translation>
    </message>
    <message>
        <source>%1 is not the reply notice of case %2 (that is %3); only the reply is delivered by email.</source>
        <translation>%1 不是案件 %2 的答复文书（答复文书为 %3）；只有答复文书通过电子邮件送达。</translation>
    </message>
    <message>
        <source>The reply was sent to %1 (Message-ID %2), but its delivery could not be recorded: %3</source>
        <translation>答复已发送至 %1（Message-ID %2），但送达未能记录：%3</translation>
    </message>
</context>
<context>
    <name>ogi::EventDetailsText</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Fee basis</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <source>Four eyes</source>
        <translation>双人复核</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Mail server&apos;s answer</source>
        <translation>邮件服务器应答</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书名称</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Receipt proved by</source>
        <translation>签收凭证</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无凭证</translation>
    </message>
    <message>
        <source>Receipt known only by</source>
        <translation>仅能确认收到的途径</translation>
    </message>
</context>
<context>
    <name>ogi::FeeQuote</name>
    <message>
        <source>There is no case with id %1.</source>
        <translation>没有内部编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>by count (国办函〔2020〕109号): application %1 of this applicant this month; 1-10 free, 11-30: 100 yuan, then +100 yuan for every further 10; fee %2 yuan</source>
        <translation>按件计收（国办函〔2020〕109号）：该申请人本月第 %1 件申请；1—10 件免费，11—30 件每件 100 元，此后每增加 10 件每件加收 100 元；收费 %2 元</translation>
    </message>
    <message>
        <source>by volume (国办函〔2020〕109号): %1 pages; up to 30 free, 31-100: 10 yuan a page, 101-200: 20 yuan a page, from 201: 40 yuan a page; fee %2 yuan</source>
        <translation>按量计收（国办函〔2020〕109号）：共 %1 页；30 页以内免费，31—100 页每页 10 元，101—200 页每页 20 元，201 页起每页 40 元；收费 %2 元</translation>
    </message>
</context>
<context>
    <name>ogi::FeeSchedule</name>
    <message>
        <source>The application&apos;s number in the month must be 1 or more, not %1.</source>
        <translation>申请在当月的件次须为 1 或以上，不能为 %1。</translation>
    </message>
    <message>
        <source>The page count must be 0 or more, not %1.</source>
        <translation>页数须为 0 或以上，不能为 %1。</translation>
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
        <source>case %1: stored outcome &quot;%2&quot; but its events give &quot;%3&quot;</source>
        <translation>案件 %1：存储的办理结果为“%2”，但按办理记录应为“%3”</translation>
    </message>
    <message>
        <source>event of unknown case id %1</source>
        <translation>办理记录指向不存在的案件（id %1）</translation>
    </message>
    <message>
        <source>case_counters, year %1: the counter stands at %2 but case number %3 was already given (the counter was turned back)</source>
        <translation>案件编号计数器（%1 年）：计数为 %2，但编号 %3 已经发出（计数器被回拨）</translation>
    </message>
    <message>
        <source>cases of year %1: %2 case number(s) were given but only %3 case(s) are in the register (cases were deleted)</source>
        <translation>%1 年案件：已发出 %2 个编号，台账中只有 %3 件（有案件被删除）</translation>
    </message>
    <message>
        <source>case %1, step %2: differs from what audit log row %3 recorded when it was written (its date, actor, note or details were changed)</source>
        <translation>案件 %1 第 %2 步：与写入时审计日志第 %3 行的记录不符（日期、经办人、备注或详情被改动）</translation>
    </message>
    <message>
        <source>case %1, step %2: the deadlines and on-time verdicts it settled differ from what audit log row %3 recorded</source>
        <translation>案件 %1 第 %2 步：其确定的期限和是否按时与审计日志第 %3 行的记录不符</translation>
    </message>
    <message>
        <source>case %1, step %2: not in the audit log (the step was added to the file)</source>
        <translation>案件 %1 第 %2 步：审计日志中没有（该步骤是直接加进文件的）</translation>
    </message>
    <message>
        <source>case %1, step %2: recorded in audit log row %3 but missing from the register (the step was deleted)</source>
        <translation>案件 %1 第 %2 步：审计日志第 %3 行有记录，台账中却没有（该步骤被删除）</translation>
    </message>
    <message>
        <source>case %1: its registration is not in the audit log</source>
        <translation>案件 %1：审计日志中没有其登记记录</translation>
    </message>
    <message>
        <source>case %1: its registered particulars (receipt date, applicants, request) differ from those recorded at registration in audit log row %2</source>
        <translation>案件 %1：登记事项（收到日期、申请人、申请内容）与登记时审计日志第 %2 行的记录不符</translation>
    </message>
    <message>
        <source>case %1: registered in audit log row %2 but missing from the register (the case was deleted)</source>
        <translation>案件 %1：审计日志第 %2 行记有登记，台账中却没有（案件被删除）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were registered before the audit log recorded their particulars: their receipt date, applicants and request could not be compared with it.</source>
        <translation>
            <numerusform>有 %n 件案件登记于审计日志记录登记事项之前：其收到日期、申请人和申请内容无法与审计日志核对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) were recorded before the audit log held their digest: their date, actor, note and details could not be compared with it.</source>
        <translation>
            <numerusform>有 %n 个步骤记录于审计日志保存摘要之前：其日期、经办人、备注和详情无法与审计日志核对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) came from a ledger import: the audit log records the import file, not each case, so they were checked against their events only.</source>
        <translation>
            <numerusform>有 %n 件案件来自台账导入：审计日志记录的是导入文件而非每件案件，因此只按其办理步骤核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>case %1: stored as concluded on &quot;%2&quot; but its events give &quot;%3&quot;</source>
        <translation>案件 %1：记录的办结日期为“%2”，但按办理步骤应为“%3”</translation>
    </message>
    <message>
        <source>No audit log head of this register was recorded on this computer (%1): the history could only be checked against itself, the office key and any check code given.</source>
        <translation>本机没有记录过此台账的审计日志末端（%1）：历史记录只能自身核对，并与机关密钥和所给校验码核对。</translation>
    </message>
    <message>
        <source>notice %1: its issue is not in the audit log (added or renumbered in the file)</source>
        <translation>文书 %1：审计日志中没有其出具记录（是直接加进文件或改了编号的）</translation>
    </message>
    <message>
        <source>notice %1: differs from the notice issued and recorded in audit log row %2</source>
        <translation>文书 %1：与出具时审计日志第 %2 行记录的文书不符</translation>
    </message>
    <message>
        <source>notice %1: issued in audit log row %2 but missing from the register</source>
        <translation>文书 %1：审计日志第 %2 行记有出具，台账中却没有</translation>
    </message>
    <message>
        <source>notice %1: voided in the file without a record in the audit log</source>
        <translation>文书 %1：在文件中被作废，审计日志中没有记录</translation>
    </message>
    <message>
        <source>notice %1: voided in audit log row %2 but the register no longer says so</source>
        <translation>文书 %1：审计日志第 %2 行记有作废，台账中却不再显示作废</translation>
    </message>
    <message>
        <source>user %1: not created through the program (no record in the audit log)</source>
        <translation>用户 %1：不是通过本程序创建的（审计日志中没有记录）</translation>
    </message>
    <message>
        <source>user %1: holds the roles %2 but the audit log gave %3</source>
        <translation>用户 %1：现有角色为 %2，但审计日志授予的是 %3</translation>
    </message>
    <message>
        <source>user %1: enabled or disabled in the file, not through the program</source>
        <translation>用户 %1：是在文件中被启用或停用的，不是通过本程序</translation>
    </message>
    <message>
        <source>user %1: the password was replaced in the file</source>
        <translation>用户 %1：密码是在文件中被替换的</translation>
    </message>
    <message>
        <source>user %1: wrong-password count or lock changed in the file (the audit log says %2 failure(s), locked until &quot;%3&quot;)</source>
        <translation>用户 %1：密码错误次数或锁定在文件中被改动（审计日志为 %2 次失败，锁定至“%3”）</translation>
    </message>
    <message>
        <source>setting %1: replaced in the file, not through the program</source>
        <translation>设置 %1：是在文件中被替换的，不是通过本程序</translation>
    </message>
    <message>
        <source>setting %1: set in the file, with no record in the audit log</source>
        <translation>设置 %1：是在文件中设置的，审计日志中没有记录</translation>
    </message>
    <message>
        <source>setting %1: is &quot;%2&quot; but the audit log last set it to &quot;%3&quot;</source>
        <translation>设置 %1：现为“%2”，但审计日志最后设为“%3”</translation>
    </message>
    <message>
        <source>setting %1: removed from the file</source>
        <translation>设置 %1：已从文件中删除</translation>
    </message>
    <message>
        <source>The calendar was imported before the audit log recorded imported days: its overrides could not be compared with it.</source>
        <translation>工作日历导入于审计日志记录导入日期之前：其调整日无法与审计日志核对。</translation>
    </message>
    <message>
        <source>calendar %1: an override with no record in the audit log</source>
        <translation>日历 %1：此调整日在审计日志中没有记录</translation>
    </message>
    <message>
        <source>calendar %1: changed in the file, not through the program</source>
        <translation>日历 %1：是在文件中改动的，不是通过本程序</translation>
    </message>
    <message>
        <source>calendar %1: the override recorded in the audit log is missing</source>
        <translation>日历 %1：审计日志记录的调整日已不存在</translation>
    </message>
    <message>
        <source>case %1: attachment &quot;%2&quot; is not the one recorded in the audit log</source>
        <translation>案件 %1：附件“%2”与审计日志记录的不符</translation>
    </message>
    <message>
        <source>case %1: attachment &quot;%2&quot; recorded in the audit log is missing from the register</source>
        <translation>案件 %1：审计日志记录的附件“%2”在台账中已不存在</translation>
    </message>
</context>
<context>
    <name>ogi::LedgerColumns</name>
    <message>
        <source>The mapping sends &quot;%1&quot; to &quot;%2&quot;, which is not a ledger column; the columns are %3.</source>
        <translation>对照文件把“%1”对应到“%2”，但台账没有这一列；可用的列为：%3。</translation>
    </message>
    <message>
        <source>No header row found in the first %1 rows: a ledger needs at least the columns 收到日期, 申请人 and 申请内容 (or a mapping file naming them).</source>
        <translation>前 %1 行中找不到表头：台账至少需要“收到日期”“申请人”“申请内容”三列（或用对照文件指明）。</translation>
    </message>
    <message>
        <source>Row %1 has two headers for the same column: %2. Remove one or map it with --mapping.</source>
        <translation>第 %1 行有两个表头对应同一列：%2。请删去一个，或用 --mapping 指明。</translation>
    </message>
    <message>
        <source>The header row (row %1) has no column %2; name it so or map it with --mapping.</source>
        <translation>表头（第 %1 行）缺少“%2”列；请按此命名，或用 --mapping 指明。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取对照文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not JSON (at character %2: %3).</source>
        <translation>%1 不是 JSON 格式（第 %2 个字符：%3）。</translation>
    </message>
    <message>
        <source>%1 needs an object &quot;columns&quot; mapping the ledger&apos;s headers to OGI Desk&apos;s, e.g. {&quot;columns&quot;: {&quot;来文日期&quot;: &quot;收到日期&quot;}}.</source>
        <translation>%1 需要一个“columns”对象，把台账的表头对应到本软件的列名，例如 {&quot;columns&quot;: {&quot;来文日期&quot;: &quot;收到日期&quot;}}。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must map to a column name in quotes.</source>
        <translation>%1：“%2”应对应到一个带引号的列名。</translation>
    </message>
</context>
<context>
    <name>ogi::LedgerExport</name>
    <message>
        <source>ID numbers are exported whole only for a signed-in chief or administrator.</source>
        <translation>只有登录的科室负责人或管理员才能导出完整证件号码。</translation>
    </message>
    <message>
        <source>Exporting whole ID numbers</source>
        <translation>导出完整证件号码</translation>
    </message>
    <message>
        <source>The ledger is exported as .csv or .xlsx, not &quot;%1&quot;.</source>
        <translation>台账可导出为 .csv 或 .xlsx，不支持“%1”。</translation>
    </message>
</context>
<context>
    <name>ogi::LedgerImport</name>
    <message>
        <source>Importing a ledger needs the clerk or administrator role; %1 holds neither.</source>
        <translation>导入台账需要经办人或管理员角色；%1 两者都没有。</translation>
    </message>
    <message>
        <source>the same 编号 as row %1</source>
        <translation>编号与第 %1 行重复</translation>
    </message>
    <message>
        <source>unknown result &quot;%1&quot;; write the annual report&apos;s label, e.g. 予以公开, 部分公开 or 不予公开-保护第三方合法权益</source>
        <translation>无法识别的办理结果“%1”；请按年度报告的表述填写，例如：予以公开、部分公开、不予公开-保护第三方合法权益</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its reason for the annual report: one of %2</source>
        <translation>“%1”需注明具体情形，以便计入年度报告：%2 之一</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (write it as 2025-06-10)</source>
        <translation>不是日期：“%1”（请写作 2025-06-10）</translation>
    </message>
    <message>
        <source>unknown way of applying &quot;%1&quot; (当面, 邮寄, 平常信函, 网络平台, 电子邮件, 传真)</source>
        <translation>无法识别的申请方式“%1”（当面、邮寄、平常信函、网络平台、电子邮件、传真）</translation>
    </message>
    <message>
        <source>unknown applicant type &quot;%1&quot; (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)</source>
        <translation>无法识别的申请人类型“%1”（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）</translation>
    </message>
    <message>
        <source>write 是 or 否, not &quot;%1&quot;</source>
        <translation>请填“是”或“否”，而不是“%1”</translation>
    </message>
    <message>
        <source>says &quot;%1&quot; (still open) but the row has a 答复日期</source>
        <translation>为“%1”（尚未办结），但该行填有答复日期</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 晚于今天</translation>
    </message>
    <message>
        <source>the reply (%1) is before the application was received (%2)</source>
        <translation>答复日期（%1）早于收到申请的日期（%2）</translation>
    </message>
    <message>
        <source>a row with a 答复日期 needs the result (办理结果)</source>
        <translation>填有答复日期的行须填写办理结果</translation>
    </message>
    <message>
        <source>状态 says &quot;%1&quot;; give the day of the reply</source>
        <translation>状态为“%1”，请填写答复日期</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>unknown kind of request &quot;%1&quot; (政府信息公开申请, 更正申请)</source>
        <translation>未知的申请类别“%1”（政府信息公开申请、更正申请）</translation>
    </message>
    <message>
        <source>a 更正申请 has no reply period to extend (Art. 41 sets none)</source>
        <translation>更正申请没有可延长的答复期限（第四十一条未规定期限）</translation>
    </message>
    <message>
        <source>an answered 更正申请 is not imported: register it as a correction request and record its finding and decision, or leave the row out</source>
        <translation>已答复的更正申请不予导入：请将其登记为更正申请并记录审核结果和处理决定，或不导入该行</translation>
    </message>
    <message>
        <source>importing the ledger %1</source>
        <translation>正在导入台账 %1</translation>
    </message>
</context>
<context>
    <name>ogi::LongWriteNote</name>
    <message>
        <source>%1 is %2 on host %3 (process %4) since %5</source>
        <translation>%1 自 %5 起在主机 %3（进程 %4）上%2</translation>
    </message>
    <message>
        <source>; %1 of %2 rows done</source>
        <translation>；已完成 %2 行中的 %1 行</translation>
    </message>
</context>
<context>
    <name>ogi::MonthlyTally</name>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Concluded, by outcome</source>
        <translation>办结（按办理结果）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>收到申请</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>其中%1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Supplement asked</source>
        <translation>告知补正</translation>
    </message>
    <message>
        <source>Extensions approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>征求意见</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>予以公开</translation>
    </message>
    <message>
        <source>Partly disclosed</source>
        <translation>部分公开</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <source>Cannot be provided</source>
        <translation>无法提供</translation>
    </message>
    <message>
        <source>Not processed</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <source>Other handling</source>
        <translation>其他处理</translation>
    </message>
    <message>
        <source>Replied on time</source>
        <translation>按期答复</translation>
    </message>
    <message>
        <source>Replied late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>期末未办结</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation>截至今日已逾期</translation>
    </message>
    <message>
        <source>A tally runs from a day to a day not before it, not from %1 to %2.</source>
        <translation>统计期间的结束日不能早于开始日，不能是 %1 至 %2。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未分派）</translation>
    </message>
    <message>
        <source>There is no figure &quot;%1&quot; in the tally.</source>
        <translation>统计中没有“%1”这一项。</translation>
    </message>
</context>
<context>
    <name>ogi::NextStep</name>
    <message>
        <source>To issue the notice to the third party</source>
        <translation>待出具第三方告知书</translation>
    </message>
    <message>
        <source>To issue the reply notice</source>
        <translation>待出具答复书</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>Awaiting the extension decision</source>
        <translation>待审批延期</translation>
    </message>
    <message>
        <source>To verify the record</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>To accept</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>待分办</translation>
    </message>
    <message>
        <source>Awaiting the supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>To decide the correction</source>
        <translation>待作出更正决定</translation>
    </message>
    <message>
        <source>To submit for confidentiality review</source>
        <translation>待提交保密审查</translation>
    </message>
    <message>
        <source>Awaiting the consultation&apos;s answer</source>
        <translation>待收到意见</translation>
    </message>
    <message>
        <source>Awaiting the fee</source>
        <translation>待缴费</translation>
    </message>
    <message>
        <source>Awaiting confidentiality review</source>
        <translation>待保密审查</translation>
    </message>
    <message>
        <source>To submit for sign-off</source>
        <translation>待提交签发</translation>
    </message>
    <message>
        <source>To draft the reply</source>
        <translation>待拟稿</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>待签发</translation>
    </message>
    <message>
        <source>To archive</source>
        <translation>待归档</translation>
    </message>
</context>
<context>
    <name>ogi::NoticeFacts</name>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>The case is concluded; it no longer needs this notice.</source>
        <translation>该案件已办结，不再需要出具此文书。</translation>
    </message>
    <message>
        <source>Record the supplement request first (what to supplement, by when).</source>
        <translation>请先登记补正要求（补正内容和期限）。</translation>
    </message>
    <message>
        <source>The extension must be approved by the chief first.</source>
        <translation>延期须先经科室负责人批准。</translation>
    </message>
    <message>
        <source>Record the consultation of the third party first.</source>
        <translation>请先登记征求第三方意见。</translation>
    </message>
    <message>
        <source>Record the consultation of the other agency first.</source>
        <translation>请先登记征求其他机关意见。</translation>
    </message>
    <message>
        <source>Record the fee notice first (method and amount).</source>
        <translation>请先登记收费通知（计收方式和金额）。</translation>
    </message>
    <message>
        <source>The application has not been treated as abandoned: record that the supplement or the fee was not received in time first.</source>
        <translation>该申请尚未视为放弃：请先登记申请人逾期未补正或未缴费。</translation>
    </message>
    <message>
        <source>The reply must be drafted and signed off before it is issued.</source>
        <translation>答复须先拟稿并经签发，才能出具。</translation>
    </message>
    <message>
        <source>The signed-off draft is a reply of the type &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>已签发的答复稿类型为“%1”，不是“%2”。</translation>
    </message>
    <message>
        <source>The agency&apos;s name (settings)</source>
        <translation>机关名称（设置）</translation>
    </message>
    <message>
        <source>The agency&apos;s contact line (settings)</source>
        <translation>文书联系方式（设置）</translation>
    </message>
    <message>
        <source>The reconsideration body (settings)</source>
        <translation>行政复议机关（设置）</translation>
    </message>
    <message>
        <source>The court (settings)</source>
        <translation>人民法院（设置）</translation>
    </message>
    <message>
        <source>The document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>The date of issue</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>The case number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>The applicant&apos;s name</source>
        <translation>申请人姓名或名称</translation>
    </message>
    <message>
        <source>The applicant&apos;s address</source>
        <translation>申请人地址</translation>
    </message>
    <message>
        <source>The applicant&apos;s postcode</source>
        <translation>申请人邮政编码</translation>
    </message>
    <message>
        <source>The date of receipt</source>
        <translation>收到申请的日期</translation>
    </message>
    <message>
        <source>The channel of the application</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <source>The information requested</source>
        <translation>申请获取的信息</translation>
    </message>
    <message>
        <source>What to supplement</source>
        <translation>需补正的内容</translation>
    </message>
    <message>
        <source>The supplement period</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <source>The extension in working days</source>
        <translation>延长的工作日数</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>The reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>The consulted third party or agency</source>
        <translation>被征求意见的第三方或机关</translation>
    </message>
    <message>
        <source>The fee in yuan</source>
        <translation>收费金额（元）</translation>
    </message>
    <message>
        <source>The charging method</source>
        <translation>计收方式</translation>
    </message>
    <message>
        <source>The notice the applicant did not answer</source>
        <translation>申请人未回应的文书</translation>
    </message>
    <message>
        <source>The date of that notice</source>
        <translation>该文书的日期</translation>
    </message>
    <message>
        <source>What the applicant did not do in time</source>
        <translation>申请人逾期未办的事项</translation>
    </message>
    <message>
        <source>The chief must set the later reply date (Art. 35) first, with the reason.</source>
        <translation>须先由负责人确定延迟答复的期限（第三十五条）并写明理由。</translation>
    </message>
    <message>
        <source>Only a third party that objected to the disclosure gets this notice: record its consultation and its answer &quot;objects&quot; first.</source>
        <translation>本告知书只发给不同意公开的第三方：请先登记征求第三方意见及其“不同意公开”的答复。</translation>
    </message>
    <message>
        <source>The confidentiality review must let the information through (may be disclosed or partly) before the third party is told it will be disclosed.</source>
        <translation>须先经保密审查同意公开（同意公开或部分公开），方可告知第三方决定予以公开。</translation>
    </message>
    <message>
        <source>How the notice addresses the applicant (您, 贵单位 or the names)</source>
        <translation>文书对申请人的称谓（您、贵单位或各申请人姓名）</translation>
    </message>
    <message>
        <source>The item of Art. 31 that fixes the receipt day for the channel</source>
        <translation>按申请方式确定收到申请之日的第三十一条项次</translation>
    </message>
    <message>
        <source>Abandoned: the supplement did not come in time (condition)</source>
        <translation>视为放弃：逾期未补正（条件）</translation>
    </message>
    <message>
        <source>Abandoned: the fee was not paid in time (condition)</source>
        <translation>视为放弃：逾期未缴纳信息处理费（条件）</translation>
    </message>
    <message>
        <source>The later reply date (Art. 35)</source>
        <translation>延迟答复的期限（第三十五条）</translation>
    </message>
    <message>
        <source>Why the reply cannot come within the period of Art. 33</source>
        <translation>无法在第三十三条规定期限内答复的原因</translation>
    </message>
    <message>
        <source>The third party that objected to the disclosure</source>
        <translation>不同意公开的第三方</translation>
    </message>
    <message>
        <source>The date the third party was consulted</source>
        <translation>征求第三方意见的日期</translation>
    </message>
    <message>
        <source>The title of the notice served (proof of service)</source>
        <translation>送达文书的名称（送达回证）</translation>
    </message>
    <message>
        <source>The number of the notice served (proof of service)</source>
        <translation>送达文书的文号（送达回证）</translation>
    </message>
    <message>
        <source>The addressee of the notice served (proof of service)</source>
        <translation>受送达人（送达回证）</translation>
    </message>
    <message>
        <source>The supplement period in working days</source>
        <translation>补正期限（工作日数）</translation>
    </message>
    <message>
        <source>Record the request for reasons first (Art. 35: what to explain, by when).</source>
        <translation>请先登记要求说明理由（第三十五条：需要说明的事项和期限）。</translation>
    </message>
    <message>
        <source>The decision on the correction request must be taken and signed off before it is issued.</source>
        <translation>更正申请的处理决定须作出并经签发后方可出具文书。</translation>
    </message>
    <message>
        <source>The signed-off decision is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>已签发的处理决定为“%1”，不是“%2”。</translation>
    </message>
    <message>
        <source>This notice answers a request to correct a record (Art. 41); case %1 is an application.</source>
        <translation>该文书用于答复更正申请（第四十一条）；案件 %1 是政府信息公开申请。</translation>
    </message>
    <message>
        <source>Case %1 is a request to correct a record (Art. 41): it has its own notices.</source>
        <translation>案件 %1 是更正申请（第四十一条），适用更正申请的文书。</translation>
    </message>
    <message>
        <source>The agency competent to correct the record</source>
        <translation>有权更正的行政机关</translation>
    </message>
    <message>
        <source>What verifying the record found</source>
        <translation>审核结论</translation>
    </message>
</context>
<context>
    <name>ogi::NoticeStore</name>
    <message>
        <source>There is no notice type &quot;%1&quot;; the types are: %2.</source>
        <translation>没有文书类型“%1”；可用的类型：%2。</translation>
    </message>
    <message>
        <source>Case %1 cannot have a &quot;%2&quot; yet: %3</source>
        <translation>案件 %1 暂不能出具“%2”：%3</translation>
    </message>
    <message>
        <source>A notice of case %1 is dated between its receipt (%2) and today (%3), not %4.</source>
        <translation>案件 %1 的文书日期应在收到申请之日（%2）与今天（%3）之间，不能是 %4。</translation>
    </message>
    <message>
        <source>The date of issue must not be in the future or before the receipt.</source>
        <translation>出具日期不能晚于今天，也不能早于收到申请之日。</translation>
    </message>
    <message>
        <source>(numbered when issued)</source>
        <translation>（出具时编号）</translation>
    </message>
    <message>
        <source>Issuing a notice</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>Notices cannot be numbered yet: the administrator sets the document number pattern in Settings.</source>
        <translation>文书暂不能编号：请管理员在“设置”中填写文号格式。</translation>
    </message>
    <message>
        <source>The document number pattern is not set.</source>
        <translation>尚未设置文号格式。</translation>
    </message>
    <message>
        <source>Voiding a notice</source>
        <translation>作废文书</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>没有文书 %1。</translation>
    </message>
    <message>
        <source>Say why %1 is voided.</source>
        <translation>请说明作废 %1 的理由。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写理由。</translation>
    </message>
    <message>
        <source>%1 was already voided on %2.</source>
        <translation>%1 已于 %2 作废。</translation>
    </message>
    <message>
        <source>Case %1: the stored notice %2 is no longer the one issued (its SHA-256 differs).</source>
        <translation>案件 %1：存档的文书 %2 已不是出具时的内容（SHA-256 不符）。</translation>
    </message>
    <message>
        <source>A notice of case %1 cannot be dated %2, before the case&apos;s last step &quot;%3&quot; on %4.</source>
        <translation>案件 %1 的文书不能注明日期为 %2，早于该案件最近一步“%3”（%4）。</translation>
    </message>
    <message>
        <source>The date of issue must not be before the case&apos;s last step.</source>
        <translation>出具日期不得早于案件最近一步的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of this notice.</source>
        <translation>“%1”不是本文书需填写的部分。</translation>
    </message>
    <message>
        <source>The notice &quot;%1&quot; has no parts to write; &quot;%2&quot; is not one.</source>
        <translation>文书“%1”没有需填写的部分；“%2”不是其中之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of the notice &quot;%2&quot;; its parts are: %3.</source>
        <translation>“%1”不是文书“%2”需填写的部分；需填写的部分为：%3。</translation>
    </message>
    <message>
        <source>%1 was voided on %2 (%3): it is not served.</source>
        <translation>%1 已于 %2 作废（%3），不能送达。</translation>
    </message>
    <message>
        <source>The stored text of %1 is no longer the one issued (its SHA-256 differs): it is not served.</source>
        <translation>%1 的存档内容已不是出具时的内容（SHA-256 不符），不能送达。</translation>
    </message>
    <message>
        <source>Case %1 has no draft reply to show.</source>
        <translation>案件 %1 没有可显示的答复草稿。</translation>
    </message>
    <message>
        <source>The draft of case %1 names no reply notice.</source>
        <translation>案件 %1 的草稿没有对应的答复文书。</translation>
    </message>
</context>
<context>
    <name>ogi::NoticeTemplate</name>
    <message>
        <source>The shared template &quot;%1&quot; includes itself (%2).</source>
        <translation>公用部分“%1”引用了自身（%2）。</translation>
    </message>
    <message>
        <source>There is no shared template &quot;%1&quot;.</source>
        <translation>没有公用部分“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no known fact; the facts are: %2.</source>
        <translation>“%1”不是已知的数据项；可用的数据项：%2。</translation>
    </message>
    <message>
        <source>A &quot;{{&quot; or &quot;}}&quot; is not part of a complete field.</source>
        <translation>有“{{”或“}}”不属于完整的字段。</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>该模板无法使用：%1</translation>
    </message>
    <message>
        <source>%1 must be written for this notice.</source>
        <translation>本文书须填写：%1。</translation>
    </message>
    <message>
        <source>%1 is not known for this case.</source>
        <translation>本案件缺少：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The notice cannot be written: %n value(s) missing: %1.</source>
        <translation>
            <numerusform>文书无法生成：缺少 %n 项内容：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes a section that was not opened.</source>
        <translation>“{{/%1}}”结束了一个未开始的条件段落。</translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes a section that was not opened; the open one is &quot;%2&quot;.</source>
        <translation>“{{/%1}}”结束了一个未开始的条件段落；当前未结束的是“%2”。</translation>
    </message>
    <message>
        <source>The section &quot;{{#%1}}&quot; (or &quot;{{^%1}}&quot;) is not closed with &quot;{{/%1}}&quot;.</source>
        <translation>条件段落“{{#%1}}”（或“{{^%1}}”）没有以“{{/%1}}”结束。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field: write {{name}}, {{edit:name|label}}, {{&gt; shared}} or a section {{#name}}…{{/name}}.</source>
        <translation>“%1”不是有效的字段：请写作 {{名称}}、{{edit:名称|标签}}、{{&gt; 公用部分}} 或条件段落 {{#名称}}…{{/名称}}。</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; names neither a known fact nor an editable part of this template.</source>
        <translation>条件段落“%1”所指的既不是已知的案件信息，也不是本模板中需填写的部分。</translation>
    </message>
</context>
<context>
    <name>ogi::NoticeTemplates</name>
    <message>
        <source>There is no notice template &quot;%1&quot;.</source>
        <translation>没有文书模板“%1”。</translation>
    </message>
    <message>
        <source>Editing the notice template &quot;%1&quot;</source>
        <translation>修改文书模板“%1”</translation>
    </message>
    <message>
        <source>in &quot;%1&quot;: %2</source>
        <translation>在“%1”中：%2</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was not saved: %2</source>
        <translation>模板“%1”未保存：%2</translation>
    </message>
    <message>
        <source>Restoring the notice template &quot;%1&quot;</source>
        <translation>恢复文书模板“%1”</translation>
    </message>
    <message>
        <source>Shared part: the application (申请情况)</source>
        <translation>共用段落：申请情况</translation>
    </message>
    <message>
        <source>Shared part: closing, agency and date (落款)</source>
        <translation>共用段落：落款（机关和日期）</translation>
    </message>
    <message>
        <source>Shared part: colophon (版记)</source>
        <translation>共用段落：版记</translation>
    </message>
    <message>
        <source>Shared part: the correction request (更正申请情况)</source>
        <translation>共用段落：更正申请情况</translation>
    </message>
    <message>
        <source>Shared part: remedies, reconsideration or lawsuit (救济途径)</source>
        <translation>共用段落：救济途径（复议或诉讼）</translation>
    </message>
    <message>
        <source>Shared part: remedies, reconsideration first (救济途径·复议前置)</source>
        <translation>共用段落：救济途径（复议前置）</translation>
    </message>
</context>
<context>
    <name>ogi::NoticeType</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>Request to supplement</source>
        <translation>补正申请告知书</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>延长答复期限告知书</translation>
    </message>
    <message>
        <source>Consultation of a third party</source>
        <translation>征求第三方意见书</translation>
    </message>
    <message>
        <source>Consultation of another agency</source>
        <translation>征求意见函（其他机关）</translation>
    </message>
    <message>
        <source>Notice of information processing fee</source>
        <translation>信息处理费缴费通知书</translation>
    </message>
    <message>
        <source>Request for reasons (Art. 35)</source>
        <translation>说明理由通知书（第三十五条）</translation>
    </message>
    <message>
        <source>Application treated as abandoned</source>
        <translation>视为放弃申请告知书</translation>
    </message>
    <message>
        <source>Reply: disclosed</source>
        <translation>答复书：予以公开</translation>
    </message>
    <message>
        <source>Reply: partly disclosed</source>
        <translation>答复书：部分公开</translation>
    </message>
    <message>
        <source>Reply: withheld</source>
        <translation>答复书：不予公开</translation>
    </message>
    <message>
        <source>Reply: already made public</source>
        <translation>答复书：已主动公开</translation>
    </message>
    <message>
        <source>Reply: information does not exist</source>
        <translation>告知书：信息不存在</translation>
    </message>
    <message>
        <source>Reply: not this office&apos;s information</source>
        <translation>告知书：非本机关负责公开</translation>
    </message>
    <message>
        <source>Reply: repeated application</source>
        <translation>告知书：重复申请</translation>
    </message>
    <message>
        <source>Reply: governed by special provisions</source>
        <translation>告知书：按特别规定办理</translation>
    </message>
    <message>
        <source>Reply: petition or complaint</source>
        <translation>告知书：信访举报投诉</translation>
    </message>
    <message>
        <source>Reply: public publication</source>
        <translation>告知书：公开出版物</translation>
    </message>
    <message>
        <source>Reply: would have to be created</source>
        <translation>告知书：需另行制作</translation>
    </message>
    <message>
        <source>Reply: not processed (Art. 35)</source>
        <translation>不予处理告知书（第三十五条）</translation>
    </message>
    <message>
        <source>Reply: confirming information already obtained</source>
        <translation>告知书：要求确认或重新出具已获取信息</translation>
    </message>
    <message>
        <source>Reply: still unclear after the supplement</source>
        <translation>告知书：补正后申请内容仍不明确</translation>
    </message>
    <message>
        <source>Notice of a later reply date (Art. 35)</source>
        <translation>延迟答复告知书（第三十五条）</translation>
    </message>
    <message>
        <source>Notice to the third party: decided to disclose</source>
        <translation>政府信息公开决定告知书（第三方）</translation>
    </message>
    <message>
        <source>Correction: corrected</source>
        <translation>更正申请答复书：予以更正</translation>
    </message>
    <message>
        <source>Correction: refused</source>
        <translation>更正申请答复书：不予更正</translation>
    </message>
    <message>
        <source>Correction: referred to the competent agency</source>
        <translation>更正申请转送告知书</translation>
    </message>
    <message>
        <source>Correction: to be asked of the competent agency</source>
        <translation>更正申请告知书：向有权机关提出</translation>
    </message>
</context>
<context>
    <name>ogi::OfficeSettings</name>
    <message>
        <source>Changing the setting &quot;%1&quot;</source>
        <translation>修改设置“%1”</translation>
    </message>
    <message>
        <source>Changing the agency settings</source>
        <translation>修改机关设置</translation>
    </message>
    <message>
        <source>Agency name: required, at most 100 characters.</source>
        <translation>机关名称：必填，不超过100个字符。</translation>
    </message>
    <message>
        <source>Agency code &quot;%1&quot;: use letters, digits and &apos;-&apos; only, at most 32.</source>
        <translation>机关代码“%1”：只能使用字母、数字和“-”，不超过32个字符。</translation>
    </message>
    <message>
        <source>&quot;%1…&quot;: at most 100 characters.</source>
        <translation>“%1…”：不超过100个字符。</translation>
    </message>
    <message>
        <source>Changing the fonts of notices</source>
        <translation>修改文书字体</translation>
    </message>
    <message>
        <source>Choose a font for the text and one for the title of notices.</source>
        <translation>请为文书正文和标题各选择一种字体。</translation>
    </message>
    <message>
        <source>Document number pattern: write {type} in it when each type of notice is numbered apart, or two notices would carry the same number.</source>
        <translation>文号格式：各类文书分别编号时须包含 {type}，否则两份文书会出现相同文号。</translation>
    </message>
    <message>
        <source>Mail server: the name or address of the SMTP server is required.</source>
        <translation>邮件服务器：必须填写 SMTP 服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Port: a number from 1 to 65535, not %1.</source>
        <translation>端口：应为 1 至 65535 之间的数字，而不是 %1。</translation>
    </message>
    <message>
        <source>Sender: a mail address such as xxgk@example.gov.cn is required.</source>
        <translation>发件人：必须填写邮箱地址，例如 xxgk@example.gov.cn。</translation>
    </message>
    <message>
        <source>Time-out: from 1 to 300 seconds, not %1.</source>
        <translation>超时：应为 1 至 300 秒，而不是 %1。</translation>
    </message>
    <message>
        <source>A password needs the user name it belongs to.</source>
        <translation>填写密码时须同时填写对应的登录名。</translation>
    </message>
    <message>
        <source>Changing the mail server settings</source>
        <translation>修改邮件服务器设置</translation>
    </message>
</context>
<context>
    <name>ogi::PdfTextLayer</name>
    <message>
        <source>The PDF cannot be given its text layer: %1.</source>
        <translation>无法为 PDF 生成文字层：%1。</translation>
    </message>
</context>
<context>
    <name>ogi::PgConnection</name>
    <message>
        <source>this user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>The server of %1 refused the password of %2.</source>
        <translation>%1 的服务器拒绝了 %2 的密码。</translation>
    </message>
    <message>
        <source>The server of %1 has no database “%2”. Check the name, or create it on the server (packaging/server-setup.sh).</source>
        <translation>%1 的服务器上没有数据库“%2”。请核对名称，或在服务器上创建（packaging/server-setup.sh）。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. With sslmode=verify-full the server&apos;s certificate must be signed by the sslrootcert file and carry the server&apos;s name.</source>
        <translation>与 %1 的加密连接（TLS）失败：%2。使用 sslmode=verify-full 时，服务器证书须由 sslrootcert 文件签发，并载有服务器的名称。</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached: %2. Check that it is running and that this desk may reach it (the network, the server&apos;s firewall and pg_hba.conf).</source>
        <translation>无法连接 %1 的服务器：%2。请检查服务器是否在运行，本机能否访问它（网络、服务器防火墙和 pg_hba.conf）。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>This installation cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is missing.</source>
        <translation>本机安装无法打开 %1：缺少 Qt 的 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server of %1 needs a password for %2: put it in ~/.pgpass or the environment variable OGI_DB_PASSWORD.</source>
        <translation>%1 的服务器要求 %2 提供密码：请写入 ~/.pgpass 或环境变量 OGI_DB_PASSWORD。</translation>
    </message>
</context>
<context>
    <name>ogi::PgSchema</name>
    <message>
        <source>The database “%1” on %2 holds tables of another program, not an OGI Desk register. Nothing was changed in it.</source>
        <translation>%2 上的数据库“%1”存有其他程序的数据表，不是 OGI Desk 台账。其中内容未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ogi::PrivateFileMode</name>
    <message>
        <source>Cannot make %1 private to its owner: %2</source>
        <translation>无法将 %1 设为仅所有者可访问：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ogi::ProactiveFigures</name>
    <message>
        <source>Entering the figures of section 二</source>
        <translation>录入年度报告第二部分数据</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell of section 二.</source>
        <translation>“%1”不是第二部分表格中的项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in 万元 (e.g. 12.5).</source>
        <translation>“%1”不是以万元为单位的金额（例如 12.5）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>“%1”不是大于或等于零的整数。</translation>
    </message>
    <message>
        <source>The figures of section 二 were not stored.</source>
        <translation>第二部分数据未保存。</translation>
    </message>
</context>
<context>
    <name>ogi::Progress</name>
    <message>
        <source>Stopped. Nothing of the unfinished work was kept.</source>
        <translation>已停止。未完成的操作没有留下任何改动。</translation>
    </message>
</context>
<context>
    <name>ogi::ReasonsRules</name>
    <message>
        <source>The applicant&apos;s answer to the request for reasons of %1 is already recorded.</source>
        <translation>申请人对 %1 要求说明理由的答复情况已登记。</translation>
    </message>
    <message>
        <source>The applicant needs time to give reasons: the date must be after the request (%1), not %2.</source>
        <translation>应给申请人说明理由的时间：期限须晚于要求说明理由之日（%1），不能是 %2。</translation>
    </message>
    <message>
        <source>The applicant may give reasons until %1: that none were given can be recorded only after that day.</source>
        <translation>申请人可在 %1 前说明理由：该日之后才能登记未说明理由。</translation>
    </message>
    <message>
        <source>The request for reasons (%1) was issued on %2, after the day it asked the reasons by (%3): ask again with a new date.</source>
        <translation>说明理由通知书（%1）于 %2 出具，晚于其所定的说明理由期限（%3）：请重新确定期限并再次要求说明理由。</translation>
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
    <name>ogi::RegisterBackup</name>
    <message>
        <source>Cannot write the snapshot %1.</source>
        <translation>无法写入快照 %1。</translation>
    </message>
    <message>
        <source>The snapshot of %1 failed (SQLite %2).</source>
        <translation>%1 的快照失败（SQLite %2）。</translation>
    </message>
    <message>
        <source>%1 is not a usable OGI Desk backup: %2</source>
        <translation>%1 不是可用的 OGI Desk 备份：%2</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>无法在 %1 中写入。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>it has no manifest.json</source>
        <translation>缺少 manifest.json</translation>
    </message>
    <message>
        <source>its manifest is not an OGI Desk backup&apos;s</source>
        <translation>其清单不是 OGI Desk 备份的清单</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the backup</source>
        <translation>条目“%1”指向备份之外</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is missing</source>
        <translation>缺少条目“%1”</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has been changed or cut short</source>
        <translation>条目“%1”已被改动或不完整</translation>
    </message>
    <message>
        <source>it holds no database</source>
        <translation>其中没有数据库</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not in its manifest</source>
        <translation>条目“%1”不在清单中</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is larger than its manifest says (%2 bytes)</source>
        <translation>条目“%1”比清单所记大小（%2 字节）更大</translation>
    </message>
    <message>
        <source>the zip archive is damaged or cut short</source>
        <translation>zip 压缩包已损坏或不完整</translation>
    </message>
    <message>
        <source>its manifest names another audit log head than its register holds</source>
        <translation>其清单所记审计日志末端与其中台账不符</translation>
    </message>
</context>
<context>
    <name>ogi::RegisterCopy</name>
    <message>
        <source>The table %1 has other columns in %2 than in %3: nothing was copied.</source>
        <translation>数据表 %1 在 %2 与 %3 中的列不同：未复制任何内容。</translation>
    </message>
    <message>
        <source>%1 holds no register: nothing to copy.</source>
        <translation>%1 中没有台账：无可复制。</translation>
    </message>
    <message>
        <source>%1 is at schema version %2, this version of OGI Desk writes %3: copy it with the version that matches it.</source>
        <translation>%1 的数据结构版本为 %2，本版 OGI Desk 使用版本 %3：请用与之相符的版本复制。</translation>
    </message>
    <message>
        <source>There is no OGI Desk register at %1: nothing to copy.</source>
        <translation>%1 处没有 OGI Desk 台账：无可复制。</translation>
    </message>
    <message>
        <source>%1 is at schema version %2, this version of OGI Desk writes %3. Open it once with this version (ogi --db %1 verify upgrades it), then copy it.</source>
        <translation>%1 的数据结构版本为 %2，本版 OGI Desk 使用版本 %3。请先用本版打开一次（ogi --db %1 verify 即会升级），再复制。</translation>
    </message>
    <message>
        <source>%1 already holds a register: copy into an empty database only, so that nothing is overwritten.</source>
        <translation>%1 中已有台账：只能复制到空数据库，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>%1 exists already: copy into a new file only, so that nothing is overwritten.</source>
        <translation>%1 已存在：只能复制为新文件，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>After the copy %1 holds %2 rows of %3, the source %4: nothing was copied.</source>
        <translation>复制后 %1 的 %3 有 %2 行，来源有 %4 行：未复制任何内容。</translation>
    </message>
    <message>
        <source>The search index of %1 holds %2 of %3 cases: nothing was copied.</source>
        <translation>%1 的检索索引只含 %3 件案件中的 %2 件：未复制任何内容。</translation>
    </message>
    <message>
        <source>The audit chain does not verify on %1 after the copy: %2. Nothing was copied.</source>
        <translation>复制后 %1 的审计链校验不通过：%2。未复制任何内容。</translation>
    </message>
    <message>
        <source>The audit chain of %1 ends elsewhere than the source&apos;s: nothing was copied.</source>
        <translation>%1 的审计链末端与来源不同：未复制任何内容。</translation>
    </message>
    <message>
        <source>The notice %1 does not have its SHA-256 on %2 after the copy: nothing was copied.</source>
        <translation>复制后 %2 中文书 %1 的 SHA-256 与记录不符：未复制任何内容。</translation>
    </message>
    <message>
        <source>The register cannot be copied onto itself.</source>
        <translation>台账不能复制到其自身。</translation>
    </message>
    <message>
        <source>%1 has tables the copy does not know (%2): nothing was copied.</source>
        <translation>%1 含有复制功能不认识的数据表（%2）：未复制任何内容。</translation>
    </message>
    <message>
        <source>The new register %1 is not empty (%2): nothing was copied.</source>
        <translation>新台账 %1 不是空的（%2）：未复制任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the copy of the attached file %1 in %2: %3</source>
        <translation>无法在 %2 中写入附件 %1 的副本：%3</translation>
    </message>
    <message>
        <source>The attached file %1 (SHA-256 %2) is missing or changed in %3: nothing was copied. Restore it there first (ogi verify names it).</source>
        <translation>%3 中的附件 %1（SHA-256 %2）已丢失或被改动：未复制任何内容。请先在原台账中恢复该附件（ogi verify 会列出它）。</translation>
    </message>
    <message>
        <source>Cannot write the copy of the attached file %1.</source>
        <translation>无法写入附件 %1 的副本。</translation>
    </message>
    <message>
        <source>The attached file %1 does not have its SHA-256 on %2 after the copy: nothing was copied.</source>
        <translation>复制后 %2 中附件 %1 的 SHA-256 不符：未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>ogi::RegisterLocation</name>
    <message>
        <source>The register address %1 is not usable: %2</source>
        <translation>台账地址 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>it names no server (postgresql://user@host:port/database).</source>
        <translation>未写明服务器（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>端口须为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>it names no database after the server (postgresql://user@host:port/database).</source>
        <translation>服务器之后未写明数据库（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>the option “%1” is not one OGI Desk passes on (%2).</source>
        <translation>选项“%1”不在 OGI Desk 支持的选项之列（%2）。</translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not “%1”.</source>
        <translation>sslmode 须为 disable、allow、prefer、require、verify-ca 或 verify-full，而不是“%1”。</translation>
    </message>
    <message>
        <source>it holds a password. Leave it out: OGI Desk reads it from ~/.pgpass or the environment variable OGI_DB_PASSWORD.</source>
        <translation>地址中含有密码。请去掉：OGI Desk 会从 ~/.pgpass 或环境变量 OGI_DB_PASSWORD 读取密码。</translation>
    </message>
</context>
<context>
    <name>ogi::RegisterRestore</name>
    <message>
        <source>user %1 is added (roles: %2)</source>
        <translation>新增用户 %1（角色：%2）</translation>
    </message>
    <message>
        <source>user %1: roles %2 become %3</source>
        <translation>用户 %1：角色由 %2 变为 %3</translation>
    </message>
    <message>
        <source>user %1 is enabled again</source>
        <translation>用户 %1 重新启用</translation>
    </message>
    <message>
        <source>user %1 is disabled</source>
        <translation>用户 %1 被停用</translation>
    </message>
    <message>
        <source>user %1 is removed</source>
        <translation>用户 %1 被删除</translation>
    </message>
    <message>
        <source>setting %1 changes (a secret, not shown)</source>
        <translation>设置 %1 改变（保密内容，不显示）</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; becomes &quot;%3&quot;</source>
        <translation>设置 %1：由“%2”变为“%3”</translation>
    </message>
    <message>
        <source>audit log row %1 of the backup is not the register&apos;s row %1: the backup holds another history than this register&apos;s</source>
        <translation>备份的审计日志第 %1 行与本台账第 %1 行不同：备份记载的是另一段历史</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is at the target yet: the backup becomes a new register (%n case(s)).</source>
        <translation>
            <numerusform>目标位置尚无台账：备份将成为新台账（%n 件案件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register there cannot be opened (damaged); it is kept aside and the backup (%n case(s)) takes its place.</source>
        <translation>
            <numerusform>该位置的台账无法打开（已损坏）；它将被另存，由备份（%n 件案件）取代。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases: %1 now, %2 in the backup.</source>
        <translation>案件：现有 %1 件，备份中 %2 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) recorded since the backup are not in it and leave the register: %1</source>
        <translation>
            <numerusform>备份之后登记的 %n 件案件不在备份中，将从台账中移出：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the backup are not in the register now.</source>
        <translation>
            <numerusform>备份中有 %n 件案件不在现台账中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: %1 rows now, %2 in the backup.</source>
        <translation>审计日志：现有 %1 行，备份中 %2 行。</translation>
    </message>
    <message>
        <source>Users, roles and settings: the same.</source>
        <translation>用户、角色和设置：相同。</translation>
    </message>
    <message>
        <source>Refused unless overridden: %1</source>
        <translation>除非强制，否则拒绝：%1</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>无法在 %1 中写入。</translation>
    </message>
    <message>
        <source>Only an administrator of %1 may replace it with a backup; %2 is not one.</source>
        <translation>只有 %1 的管理员才能用备份替换它；%2 不是管理员。</translation>
    </message>
    <message>
        <source>The backup %1 does not continue the history of %2: %3. Restore it only if you know why, with the override (it is recorded).</source>
        <translation>备份 %1 不是 %2 历史记录的延续：%3。只有确知原因时才可强制恢复（强制恢复会被记录）。</translation>
    </message>
    <message>
        <source>%1 is open in another program (OGI Desk or ogi). Close it there, then restore again; nothing was replaced.</source>
        <translation>%1 正在其他程序（OGI Desk 或 ogi）中打开。请先在那里关闭，再重新恢复；未替换任何内容。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>无法将 %1 移到一旁。</translation>
    </message>
    <message>
        <source>Cannot move the restored register to %1.</source>
        <translation>无法将恢复的台账移到 %1。</translation>
    </message>
    <message>
        <source>Cannot move the restored attachments to %1.files.</source>
        <translation>无法将恢复的附件移到 %1.files。</translation>
    </message>
</context>
<context>
    <name>ogi::RemedyStore</name>
    <message>
        <source>The filing date is required.</source>
        <translation>必须填写提起日期。</translation>
    </message>
    <message>
        <source>The filing date %1 is in the future.</source>
        <translation>提起日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Name the reconsideration body or the court.</source>
        <translation>请填写复议机关或法院。</translation>
    </message>
    <message>
        <source>A pending remedy has no concluded date; give its result too.</source>
        <translation>尚未审结的救济没有审结日期；请同时填写结果。</translation>
    </message>
    <message>
        <source>A result needs the date the remedy was concluded.</source>
        <translation>登记结果须填写审结日期。</translation>
    </message>
    <message>
        <source>The remedy cannot be concluded on %1, before it was filed on %2.</source>
        <translation>审结日期 %1 不能早于提起日期 %2。</translation>
    </message>
    <message>
        <source>The concluded date %1 is in the future.</source>
        <translation>审结日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The case has no remedy number %1.</source>
        <translation>该案件没有编号为 %1 的救济记录。</translation>
    </message>
</context>
<context>
    <name>ogi::RemedyWindows</name>
    <message numerus="yes">
        <source>Reconsideration may be sought until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>可申请行政复议至 %1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A lawsuit may be filed until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>可提起行政诉讼至 %1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>The reconsideration period ended on %1</source>
        <translation>行政复议期限已于 %1 届满</translation>
    </message>
    <message>
        <source>The litigation period ended on %1</source>
        <translation>行政诉讼期限已于 %1 届满</translation>
    </message>
    <message>
        <source>[provisional: the calendar of that year is not known]</source>
        <translation>〔暂定：该年度节假日安排尚未公布〕</translation>
    </message>
    <message numerus="yes">
        <source>No reply was given in time: reconsideration (failure to perform a statutory duty) may be sought until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>未在法定期限内答复：可就未履行法定职责申请行政复议至 %1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>No reply was given in time: the reconsideration period for it ended on %1</source>
        <translation>未在法定期限内答复：就此申请行政复议的期限已于 %1 届满</translation>
    </message>
    <message numerus="yes">
        <source>A lawsuit against the reconsideration decision may be filed until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>对行政复议决定不服的，可提起行政诉讼至 %1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>The period for a lawsuit after the reconsideration ended on %1</source>
        <translation>对行政复议决定提起行政诉讼的期限已于 %1 届满</translation>
    </message>
    <message>
        <source>Reconsideration first (Administrative Reconsideration Law, Art. 23): a lawsuit only after the reconsideration decision, within 15 days of receiving it.</source>
        <translation>复议前置（《中华人民共和国行政复议法》第二十三条）：对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内提起行政诉讼。</translation>
    </message>
</context>
<context>
    <name>ogi::RepeatFinder</name>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
</context>
<context>
    <name>ogi::ReportCheckCode</name>
    <message>
        <source>Check code: %1 (ogi verify --anchor checks it)</source>
        <translation>校验码：%1（可用 ogi verify --anchor 核对）</translation>
    </message>
</context>
<context>
    <name>ogi::ReportHtml</name>
    <message>
        <source>Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected</source>
        <translation>信息处理费：发出收费通知 %1 件，金额 %2 元；实际收取 %3 元</translation>
    </message>
    <message>
        <source>Tally %1 to %2</source>
        <translation>%1 至 %2 统计</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Median working days to reply</source>
        <translation>答复用时中位数（工作日）</translation>
    </message>
    <message>
        <source>Longest working days to reply</source>
        <translation>答复最长用时（工作日）</translation>
    </message>
</context>
<context>
    <name>ogi::ReportXlsx</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>科室：%1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Median working days to reply</source>
        <translation>答复用时中位数（工作日）</translation>
    </message>
    <message>
        <source>Longest working days to reply</source>
        <translation>答复最长用时（工作日）</translation>
    </message>
    <message>
        <source> …[cut: %1 characters in all, a cell holds %2; the CSV export keeps the whole text]</source>
        <translation> …[已截断：全文 %1 个字符，单元格最多 %2 个；CSV 导出保留全文]</translation>
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
    <name>ogi::RoleCheck</name>
    <message>
        <source>no role (the account is disabled)</source>
        <translation>无角色（账号已停用）</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1 needs the role %2; %3 holds %4.</source>
        <translation>%1需要%2角色；%3 的角色为：%4。</translation>
    </message>
</context>
<context>
    <name>ogi::SavedFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ogi::SchemaMigrations</name>
    <message>
        <source>This program cannot bring the register to schema version %1: it lacks the code that fills that version&apos;s data.</source>
        <translation>本程序无法将台账升级到数据结构版本 %1：缺少填写该版本数据的代码。</translation>
    </message>
</context>
<context>
    <name>ogi::SealedSecret</name>
    <message>
        <source>The key file %1 cannot be made: %2</source>
        <translation>无法创建密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>it exists but does not hold a key of 32 bytes</source>
        <translation>该文件已存在，但不是 32 字节的密钥</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>无法写入</translation>
    </message>
</context>
<context>
    <name>ogi::SheetTable</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;: give UTF-8 or GB18030 (GBK).</source>
        <translation>无法识别的编码“%1”：请指定 UTF-8 或 GB18030（GBK）。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text; save it from Excel as CSV and try again.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本；请在 Excel 中另存为 CSV 后重试。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text; try the other encoding (--encoding GB18030 or UTF-8).</source>
        <translation>%1 不是有效的 %2 文本；请换用另一种编码（--encoding GB18030 或 UTF-8）。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: a ledger is read from .csv, .xlsx or .xls, not .%2.</source>
        <translation>%1：台账可从 .csv、.xlsx 或 .xls 文件导入，不支持 .%2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable .xls workbook (FreeXL error %2); save it again from Excel or as .xlsx.</source>
        <translation>%1 不是可读取的 .xls 工作簿（FreeXL 错误 %2）；请用 Excel 重新保存，或另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: the workbook has no readable first sheet.</source>
        <translation>%1：工作簿没有可读取的第一个工作表。</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>其中没有工作表</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: %2</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it has more than %1 cells (the limit); split it into smaller files</source>
        <translation>单元格超过 %1 个（上限）；请拆分为较小的文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB (the limit); split it into smaller files.</source>
        <translation>%1 超过 %2 MB（上限）；请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1: its first sheet spans %2 rows and %3 columns, more than %4 cells (the limit).</source>
        <translation>%1：第一个工作表有 %2 行 %3 列，超过 %4 个单元格（上限）。</translation>
    </message>
    <message>
        <source>its part %1 unpacks to more than %2 MB (the limit)</source>
        <translation>其中的部件 %1 解压后超过 %2 MB（上限）</translation>
    </message>
    <message>
        <source>a cell holds %1 characters, more than the %2 a cell can hold</source>
        <translation>有单元格含 %1 个字符，超过单元格最多可容纳的 %2 个</translation>
    </message>
    <message>
        <source>it has more than %1 shared strings (the limit)</source>
        <translation>共享字符串超过 %1 个（上限）</translation>
    </message>
    <message>
        <source>it has a row %1, past Excel&apos;s last row %2</source>
        <translation>含有第 %1 行，超出 Excel 最后一行 %2</translation>
    </message>
    <message>
        <source>it has a cell in column %1, past Excel&apos;s last column %2 (XFD)</source>
        <translation>含有第 %1 列的单元格，超出 Excel 最后一列 %2（XFD）</translation>
    </message>
    <message>
        <source>its first sheet spans more than %1 cells (the limit); split it into smaller workbooks</source>
        <translation>第一个工作表超过 %1 个单元格（上限）；请拆分为较小的工作簿</translation>
    </message>
    <message>
        <source>its XML is damaged (%1)</source>
        <translation>其 XML 已损坏（%1）</translation>
    </message>
    <message>
        <source>it is larger than %1 MB (the limit)</source>
        <translation>文件超过 %1 MB（上限）</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: it is damaged, cut short or not a zip archive; open it in Excel or WPS and save it again</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：文件已损坏、不完整或不是 zip 压缩包；请用 Excel 或 WPS 打开后重新保存</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: it needs more memory than this computer has</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：读取它所需的内存超过本机可用内存</translation>
    </message>
</context>
<context>
    <name>ogi::ShippedCalendar</name>
    <message>
        <source>The built-in holiday calendar %1 is missing.</source>
        <translation>内置节假日日历 %1 缺失。</translation>
    </message>
</context>
<context>
    <name>ogi::SignIn</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 is locked until %2.</source>
        <translation>密码错误次数过多：%1 已被锁定至 %2。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
</context>
<context>
    <name>ogi::SmtpSender</name>
    <message>
        <source>connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>服务器问候</translation>
    </message>
    <message>
        <source>switching to TLS (STARTTLS)</source>
        <translation>切换到 TLS（STARTTLS）</translation>
    </message>
    <message>
        <source>signing in as %1</source>
        <translation>以 %1 登录</translation>
    </message>
    <message>
        <source>the addresses (from %1 to %2)</source>
        <translation>收发件地址（由 %1 发往 %2）</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>邮件内容</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 s (%3).</source>
        <translation>邮件服务器 %1 在 %2 秒内没有应答（%3）。</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection during %2.</source>
        <translation>邮件服务器 %1 在%2时断开了连接。</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3</source>
        <translation>邮件服务器 %1 拒绝了%2：%3</translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 (%2): %3</source>
        <translation>无法与邮件服务器 %1 建立安全连接（%2）：%3</translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection.</source>
        <translation>邮件服务器 %1 拒绝连接。</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 failed during %2: %3</source>
        <translation>与邮件服务器 %1 的连接在%2时失败：%3</translation>
    </message>
</context>
<context>
    <name>ogi::Sql</name>
    <message>
        <source>Database error: %1 (statement: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore it from a backup.</source>
        <translation>数据库文件已损坏：%1。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2. Restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏：%2。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database connection is not an open SQLite connection.</source>
        <translation>数据库连接不是已打开的 SQLite 连接。</translation>
    </message>
    <message>
        <source>The register%1 is busy: another program (OGI Desk or ogi, perhaps a ledger import or a restore) has been writing to it for more than %2 seconds. Nothing was written. Wait until it has finished, then try again.</source>
        <translation>台账%1正忙：另一个程序（OGI Desk 或 ogi，可能正在导入台账或恢复备份）已连续写入超过 %2 秒。未写入任何内容。请等它完成后再试。</translation>
    </message>
    <message>
        <source>The register %1 is busy: %2. Nothing was written. Wait until it has finished, then try again.</source>
        <translation>台账 %1 正被占用：%2。本次操作未写入任何内容。请等其完成后再试。</translation>
    </message>
</context>
<context>
    <name>ogi::SqliteLibraryCheck</name>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1, but OGI Desk is linked with SQLite %2. Install the distribution&apos;s Qt SQLite driver (libqt6sql6-sqlite).</source>
        <translation>Qt 的 SQLite 驱动使用 SQLite %1，而本软件链接的是 SQLite %2。请安装发行版自带的 Qt SQLite 驱动（libqt6sql6-sqlite）。</translation>
    </message>
</context>
<context>
    <name>ogi::TextFieldCheck</name>
    <message>
        <source>%1 contains a control character (position %2): only printable text can be stored</source>
        <translation>%1含有控制字符（位置 %2）：只能保存可打印的文字</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are kept (attach the full text as a file)</source>
        <translation>%1长 %2 个字符，最多保存 %3 个（全文请作为附件添加）</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are kept</source>
        <translation>%1长 %2 个字符，最多保存 %3 个</translation>
    </message>
</context>
<context>
    <name>ogi::UserRepository</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <source>not the login name</source>
        <translation>不能与登录名相同</translation>
    </message>
    <message>
        <source>This register already has users; the administrator adds new ones (ogi user add).</source>
        <translation>本台账已有用户；新用户由管理员添加（ogi user add）。</translation>
    </message>
    <message>
        <source>Adding a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; must be 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>登录名“%1”须为 2 至 32 个字母、数字、点、连字符或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>2-32 letters, digits, . _ -; starts with a letter</source>
        <translation>2—32 个字母、数字或 . _ -，以字母开头</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>用户至少需要一个角色。</translation>
    </message>
    <message>
        <source>at least one role</source>
        <translation>至少一个角色</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>已有用户“%1”。</translation>
    </message>
    <message>
        <source>Changing roles</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Enabling a user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Disabling a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Setting another user&apos;s password</source>
        <translation>设置其他用户的密码</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first.</source>
        <translation>%1 是最后一位在用管理员；请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>By count</source>
        <translation>按件计收</translation>
    </message>
    <message>
        <source>By volume</source>
        <translation>按量计收</translation>
    </message>
    <message>
        <source>Administrative reconsideration</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>Lawsuit without reconsideration</source>
        <translation>未经复议直接起诉</translation>
    </message>
    <message>
        <source>Lawsuit after reconsideration</source>
        <translation>复议后起诉</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>纠正</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>尚未审结</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Confidentiality reviewer</source>
        <translation>保密审查</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Disclose (Art. 36(2))</source>
        <translation>予以公开</translation>
    </message>
    <message>
        <source>Partly disclose (Art. 37)</source>
        <translation>部分公开</translation>
    </message>
    <message>
        <source>Withhold (Art. 36(3))</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <source>Already made public (Art. 36(1))</source>
        <translation>已主动公开</translation>
    </message>
    <message>
        <source>Information does not exist (Art. 36(4))</source>
        <translation>信息不存在</translation>
    </message>
    <message>
        <source>Not this office&apos;s information (Art. 36(5))</source>
        <translation>非本机关负责</translation>
    </message>
    <message>
        <source>Repeated application (Art. 36(6))</source>
        <translation>重复申请</translation>
    </message>
    <message>
        <source>Governed by special provisions (Art. 36(7))</source>
        <translation>特别规定</translation>
    </message>
    <message>
        <source>Petition or complaint (Art. 39)</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>Public publication (Art. 39)</source>
        <translation>公开出版物</translation>
    </message>
    <message>
        <source>Would have to be created (Art. 38)</source>
        <translation>需另行制作</translation>
    </message>
    <message>
        <source>Excessive requests, not processed (Art. 35)</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <source>Asks to confirm or reissue information already obtained</source>
        <translation>要求确认或重新出具</translation>
    </message>
    <message>
        <source>Still unclear after the supplement (Art. 30)</source>
        <translation>补正后仍不明确</translation>
    </message>
    <message>
        <source>May be disclosed</source>
        <translation>同意公开</translation>
    </message>
    <message>
        <source>Partly disclosable</source>
        <translation>部分公开</translation>
    </message>
    <message>
        <source>Must be withheld</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <source>Third party (Art. 32)</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Other agency (Art. 34)</source>
        <translation>其他机关</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意公开</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>不同意公开</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>逾期未答复</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <source>Application papers</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复文书</translation>
    </message>
    <message>
        <source>Other papers</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <source>Email read receipt</source>
        <translation>电子邮件已读回执</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <source>Other (see the note)</source>
        <translation>其他（见备注）</translation>
    </message>
    <message>
        <source>Art. 14: state secret</source>
        <translation>第十四条 国家秘密</translation>
    </message>
    <message>
        <source>Art. 14: disclosure prohibited by law or administrative regulation</source>
        <translation>第十四条 法律、行政法规禁止公开</translation>
    </message>
    <message>
        <source>Art. 14: would endanger national, public or economic security or social stability</source>
        <translation>第十四条 危及国家安全、公共安全、经济安全、社会稳定</translation>
    </message>
    <message>
        <source>Art. 15: harms a third party&apos;s lawful rights (trade secret, privacy)</source>
        <translation>第十五条 损害第三方合法权益（商业秘密、个人隐私等）</translation>
    </message>
    <message>
        <source>Art. 16(1): internal affairs</source>
        <translation>第十六条第一款 内部事务信息</translation>
    </message>
    <message>
        <source>Art. 16(2): process information</source>
        <translation>第十六条第二款 过程性信息</translation>
    </message>
    <message>
        <source>Art. 16(2): administrative enforcement case file</source>
        <translation>第十六条第二款 行政执法案卷信息</translation>
    </message>
    <message>
        <source>Proof of service signed by the recipient</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Postal tracking shows it delivered</source>
        <translation>邮件妥投查询记录</translation>
    </message>
    <message>
        <source>Receipt signed by the applicant</source>
        <translation>签收回执</translation>
    </message>
    <message>
        <source>Email delivery record</source>
        <translation>电子送达记录</translation>
    </message>
    <message>
        <source>Reasonable</source>
        <translation>理由合理</translation>
    </message>
    <message>
        <source>Not reasonable</source>
        <translation>理由不合理</translation>
    </message>
    <message>
        <source>Government department at county level or above</source>
        <translation>县级以上人民政府部门</translation>
    </message>
    <message>
        <source>Competent office for government information of a local government</source>
        <translation>县级以上地方人民政府的政府信息公开工作主管部门</translation>
    </message>
    <message>
        <source>Letter of authorisation</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Application for government information</source>
        <translation>政府信息公开申请</translation>
    </message>
    <message>
        <source>Request to correct a record (Art. 41)</source>
        <translation>更正申请（第四十一条）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>The record is inaccurate (verified)</source>
        <translation>记录不准确（审核属实）</translation>
    </message>
    <message>
        <source>The record is accurate</source>
        <translation>记录准确</translation>
    </message>
    <message>
        <source>The evidence does not show the record inaccurate</source>
        <translation>证据不能证明记录不准确</translation>
    </message>
    <message>
        <source>Not information about the applicant</source>
        <translation>非与申请人自身相关的政府信息</translation>
    </message>
    <message>
        <source>Not within this office&apos;s functions: another agency may correct it</source>
        <translation>不属于本机关职能范围，由有权更正的机关处理</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>予以更正</translation>
    </message>
    <message>
        <source>Referred to the competent agency</source>
        <translation>已转送有权更正的机关</translation>
    </message>
    <message>
        <source>Told to ask the competent agency</source>
        <translation>已告知向有权更正的机关提出</translation>
    </message>
    <message>
        <source>Correction refused</source>
        <translation>不予更正</translation>
    </message>
</context>
<context>
    <name>ogi::WorkingCalendar</name>
    <message>
        <source>No year&apos;s holiday arrangement is known: %1 counted as plain Monday–Friday weeks.</source>
        <translation>尚无任何年度的节假日安排：%1 按普通周一至周五计算。</translation>
    </message>
    <message>
        <source>The holiday arrangement of %1 is not known yet (the calendar knows %2): counted as plain Monday–Friday weeks, so the result is provisional until that year&apos;s notice is imported.</source>
        <translation>%1 年的节假日安排尚未知晓（日历已知 %2）：按普通周一至周五计算，在导入该年度安排前结果为暂定。</translation>
    </message>
</context>
<context>
    <name>ogi::cli::ActCommand</name>
    <message>
        <source>%1 (%2): needs the role %3</source>
        <translation>%1（%2）：需要%3角色</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>%1 needs a value; usage: %2</source>
        <translation>%1 需要一个值；用法：%2</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are: %2</source>
        <translation>未知操作“%1”；可用操作：%2</translation>
    </message>
    <message>
        <source>%1: %2 on %3 — the case is now %4.</source>
        <translation>%1：%3 %2 —— 案件现为“%4”。</translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation>注意：%1</translation>
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
    <message>
        <source>--attach: &quot;%1&quot; is not a kind of attachment (%2)</source>
        <translation>--attach：“%1”不是附件类别（%2）</translation>
    </message>
    <message>
        <source>Case %1 is registered; similar applications could not be looked up: %2</source>
        <translation>案件 %1 已登记；但无法查找相似申请：%2</translation>
    </message>
</context>
<context>
    <name>ogi::cli::AttachCommand</name>
    <message>
        <source>--kind takes one of %1, not &quot;%2&quot;</source>
        <translation>--kind 只能是 %1 之一，不能是“%2”</translation>
    </message>
    <message>
        <source>Attached %1 (%2, %3) to case %4; SHA-256 %5</source>
        <translation>已将 %1（%2，%3）添加为案件 %4 的附件；SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>ogi::cli::BackupCommand</name>
    <message numerus="yes">
        <source>Backed up %1 with %n attached file(s) (%2) to %3</source>
        <translation>
            <numerusform>已将 %1 及其 %n 个附件（%2）备份到 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>restore needs --db FILE: where the register is restored</source>
        <translation>restore 需要 --db FILE：恢复到哪个台账文件</translation>
    </message>
    <message>
        <source>Restored %1 from %2; it passes verify.</source>
        <translation>已从 %2 恢复 %1；校验通过。</translation>
    </message>
    <message>
        <source>The register that was there is kept as %1.</source>
        <translation>原有台账已保留为 %1。</translation>
    </message>
    <message>
        <source>The backup %1 passes verify. Restoring it to %2:</source>
        <translation>备份 %1 校验通过。将其恢复到 %2：</translation>
    </message>
    <message>
        <source>a register is at %1: restoring over it needs --user with an administrator of it</source>
        <translation>%1 已有台账：覆盖恢复需用 --user 指定其管理员</translation>
    </message>
    <message>
        <source>Replace %1 with the backup? Type yes to go on: </source>
        <translation>用备份替换 %1？输入 yes 继续：</translation>
    </message>
    <message>
        <source>Nothing was replaced.</source>
        <translation>未替换任何内容。</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 cases, %4 attached files), checked there as ogi copy checks.</source>
        <translation>已从 %2 恢复到 %1（%3 件案件，%4 个附件），并已按 ogi copy 的方式在该处核对。</translation>
    </message>
</context>
<context>
    <name>ogi::cli::CalendarCommand</name>
    <message>
        <source>FROM (%1) is after TO (%2)</source>
        <translation>起始日期（%1）晚于结束日期（%2）</translation>
    </message>
    <message>
        <source>(calendar not known)</source>
        <translation>（日历未知）</translation>
    </message>
    <message>
        <source>Known years: %1</source>
        <translation>已知年度：%1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>the kind must be &quot;work&quot; or &quot;off&quot;, not &quot;%1&quot;</source>
        <translation>类别必须是“work”（上班）或“off”（休息），而不是“%1”</translation>
    </message>
    <message>
        <source>%1 follows the shipped calendar again.</source>
        <translation>%1 已恢复为内置日历的安排。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar day(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个日历日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown calendar command &quot;%1&quot;; usage: %2</source>
        <translation>未知日历命令“%1”；用法：%2</translation>
    </message>
    <message>
        <source>%1 is now a working day.</source>
        <translation>%1 现为工作日。</translation>
    </message>
    <message>
        <source>%1 is now a day off.</source>
        <translation>%1 现为休息日。</translation>
    </message>
    <message>
        <source>Changing the office calendar</source>
        <translation>修改本机关工作日历</translation>
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
    <message>
        <source>this command changes the register: give --user NAME</source>
        <translation>此命令会修改台账：请用 --user 指定用户</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>ogi::cli::CopyCommand</name>
    <message>
        <source>Copied %1 to %2:</source>
        <translation>已将 %1 复制到 %2：</translation>
    </message>
    <message>
        <source>Checked on %1: every table&apos;s row count, %2 cases in the search index, the audit chain of %3 rows and its head, the SHA-256 of %4 notices and of %5 attached files. The source was not changed.</source>
        <translation>已在 %1 上核对：每个数据表的行数、检索索引中的 %2 件案件、%3 行审计链及其末端、%4 份文书和 %5 个附件的 SHA-256。来源未作改动。</translation>
    </message>
</context>
<context>
    <name>ogi::cli::DateArguments</name>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation>%1：“%2”不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1：“%2”必须是 %3 到 %4 之间的整数</translation>
    </message>
</context>
<context>
    <name>ogi::cli::DeadlineCommand</name>
    <message>
        <source>%1: &quot;%2&quot; must be FROM:TO (or FROM: while still waiting)</source>
        <translation>%1：“%2”必须是 起始:结束（尚在等待时为 起始:）</translation>
    </message>
    <message>
        <source>%1: the pause ends on %2, before it starts on %3</source>
        <translation>%1：中止结束于 %2，早于其开始日期 %3</translation>
    </message>
    <message>
        <source>--received is required; usage: %1</source>
        <translation>必须给出 --received；用法：%1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>案件 %1 — %2</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>--fee-received needs a --fee-pause</source>
        <translation>--fee-received 须与 --fee-pause 同用</translation>
    </message>
    <message>
        <source>--extend-told and --extend-not-told exclude each other</source>
        <translation>--extend-told 与 --extend-not-told 不能同时使用</translation>
    </message>
</context>
<context>
    <name>ogi::cli::DeliverEmailCommand</name>
    <message>
        <source>There is no notice numbered %1.</source>
        <translation>没有文号为 %1 的文书。</translation>
    </message>
    <message>
        <source>Notice %1 belongs to case %2, not %3.</source>
        <translation>文书 %1 属于案件 %2，不属于 %3。</translation>
    </message>
    <message>
        <source>Delivered %1 to %2 by email; Message-ID %3</source>
        <translation>已通过电子邮件将 %1 送达 %2；Message-ID %3</translation>
    </message>
    <message>
        <source>The mail server answered: %1</source>
        <translation>邮件服务器应答：%1</translation>
    </message>
</context>
<context>
    <name>ogi::cli::DemoCommand</name>
    <message>
        <source>--cases takes a whole number from 1 to 2000000, not &quot;%1&quot;</source>
        <translation>--cases 应为 1 到 2000000 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed 应为整数，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo case(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 添加 %n 件演示案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n demo user(s); their passwords are in the README.</source>
        <translation>
            <numerusform>已创建 %n 个演示用户；密码见 README。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::cli::DueCommand</name>
    <message numerus="yes">
        <source>%n open case(s) listed, as of %1</source>
        <translation>
            <numerusform>截至 %1，列出 %n 件未办结案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>ogi::cli::ExportCommand</name>
    <message>
        <source>--state: &quot;%1&quot; is not a state</source>
        <translation>--state：“%1”不是案件状态</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1%2</source>
        <translation>
            <numerusform>已将 %n 件案件导出到 %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source> with whole ID numbers (audited)</source>
        <translation>（含完整证件号码，已记入审计日志）</translation>
    </message>
    <message>
        <source>the ledger is exported as .csv or .xlsx, not &quot;%1&quot;</source>
        <translation>台账可导出为 .csv 或 .xlsx，不支持“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than the 32,767 characters an Excel cell holds were cut, each ending in a mark saying so: %1. Export as .csv to keep the whole text.</source>
        <translation>
            <numerusform>%n 个单元格超过 Excel 单元格可容纳的 32,767 个字符，已截断，末尾均有截断标记：%1。如需保留全文，请导出为 .csv。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::cli::ImportCommand</name>
    <message numerus="yes">
        <source>%1 (%2): header in row %3, %n row(s) of data.</source>
        <translation>
            <numerusform>%1（%2）：表头在第 %3 行，数据 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register (imported before) left as they are.</source>
        <translation>
            <numerusform>%n 行已在台账中（以前导入过），保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported</source>
        <translation>
            <numerusform>试运行：可导入 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) have problems</source>
        <translation>
            <numerusform>，%n 行有问题</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written.</source>
        <translation>；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported. Correct them, or import the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>%n 行有问题，未导入任何内容。请更正后重试，或用 --skip-invalid 导入其余各行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): %1 to %2.</source>
        <translation>
            <numerusform>已导入 %n 件案件：%1 至 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有需要导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were not imported; they are in %1.</source>
        <translation>
            <numerusform>有问题的 %n 行未导入，已另存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>--copies takes import or skip, not &quot;%1&quot;</source>
        <translation>--copies 只能为 import 或 skip，不能为“%1”</translation>
    </message>
    <message>
        <source>row %1: the same as row %2 in every cell (a probable copy)</source>
        <translation>第 %1 行：各列均与第 %2 行相同（可能是重复录入）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell imported as applications of their own (--copies import).</source>
        <translation>
            <numerusform>%n 行各列均与前面某行相同，已作为独立的申请导入（--copies import）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell would be left out as probable copies.</source>
        <translation>
            <numerusform>%n 行各列均与前面某行相同，将作为可能的重复录入不予导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell left out as probable copies.</source>
        <translation>
            <numerusform>%n 行各列均与前面某行相同，已作为可能的重复录入未予导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>If they are applications of their own, import the same file again with --copies import: it adds only them.</source>
        <translation>如确为独立的申请，请以 --copies import 再次导入同一文件：只会补充导入这些行。</translation>
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
    <message>
        <source>%1 already has users; the administrator adds new ones with ogi user add.</source>
        <translation>%1 已有用户；新用户由管理员用 ogi user add 添加。</translation>
    </message>
    <message>
        <source>Choose the password for %1: </source>
        <translation>请设置 %1 的密码：</translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>已创建管理员 %1。</translation>
    </message>
</context>
<context>
    <name>ogi::cli::ListCommand</name>
    <message>
        <source>unknown state &quot;%1&quot;; one of: %2</source>
        <translation>未知状态“%1”；可选值：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正申请</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺%1</translation>
    </message>
</context>
<context>
    <name>ogi::cli::NoticeCommand</name>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>文书类型：</translation>
    </message>
    <message>
        <source>mailing label for postal delivery (not numbered, not stored)</source>
        <translation>邮寄信封（不编号，不存档）</translation>
    </message>
    <message>
        <source>There is no notice numbered %1.</source>
        <translation>没有文号为 %1 的文书。</translation>
    </message>
    <message>
        <source>Voided %1; its number stays used.</source>
        <translation>已作废 %1；该文号不再使用。</translation>
    </message>
    <message>
        <source>--reprint needs --pdf OUT.pdf or --html OUT.html</source>
        <translation>--reprint 需要 --pdf OUT.pdf 或 --html OUT.html</translation>
    </message>
    <message>
        <source>The stored notice %1 is no longer the one issued (its SHA-256 differs); it is not reprinted.</source>
        <translation>存档的文书 %1 已不是出具时的内容（SHA-256 不符），不予重印。</translation>
    </message>
    <message>
        <source>Note: %1 was voided on %2 (%3).</source>
        <translation>注意：%1 已于 %2 作废（%3）。</translation>
    </message>
    <message>
        <source>the envelope needs --pdf OUT.pdf or --html OUT.html</source>
        <translation>信封需要 --pdf OUT.pdf 或 --html OUT.html</translation>
    </message>
    <message>
        <source>--set takes NAME=TEXT, not &quot;%1&quot;</source>
        <translation>--set 的格式为 名称=内容，不是“%1”</translation>
    </message>
    <message>
        <source>Issued %1 (%2) for case %3 on %4; SHA-256 %5</source>
        <translation>已为案件 %3 出具 %1（%2），日期 %4；SHA-256 %5</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 has no notices yet.</source>
        <translation>案件 %1 尚未出具文书。</translation>
    </message>
    <message>
        <source>[voided %1: %2]</source>
        <translation>[已于 %1 作废：%2]</translation>
    </message>
    <message>
        <source>[CHANGED SINCE ISSUE: SHA-256 differs]</source>
        <translation>[出具后被改动：SHA-256 不符]</translation>
    </message>
    <message>
        <source>送达回证 (proof of service) of an issued notice (not numbered, not stored)</source>
        <translation>已出具文书的送达回证（不编号，不存档）</translation>
    </message>
    <message>
        <source>--service-proof needs --pdf OUT.pdf or --html OUT.html</source>
        <translation>--service-proof 需要 --pdf OUT.pdf 或 --html OUT.html</translation>
    </message>
</context>
<context>
    <name>ogi::cli::PasswordPrompt</name>
    <message>
        <source>no password: set %1 or run the command in a terminal</source>
        <translation>未提供密码：请设置 %1 或在终端中运行此命令</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>ogi::cli::RepeatHintsOutput</name>
    <message>
        <source>%1% alike</source>
        <translation>相似度 %1%</translation>
    </message>
    <message>
        <source>Similar earlier applications of the same applicant (a repeat, Art. 36(6), or Art. 35?):</source>
        <translation>同一申请人此前的相似申请（是否属于重复申请〔第三十六条第六项〕或第三十五条情形？）：</translation>
    </message>
    <message>
        <source>Other applicants asked for similar information (consider proactive disclosure, Art. 44):</source>
        <translation>其他申请人也申请过相似信息（可考虑转为主动公开，第四十四条）：</translation>
    </message>
</context>
<context>
    <name>ogi::cli::ReportCommand</name>
    <message>
        <source>Annual report %1, section 三: applications received and handled</source>
        <translation>%1 年度报告 三、收到和处理政府信息公开申请情况</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) do not add up.</source>
        <translation>
            <numerusform>%n 处数据不符合勾稽关系。</numerusform>
        </translation>
    </message>
    <message>
        <source>the year is four digits, e.g. 2026, not &quot;%1&quot;</source>
        <translation>年份为四位数字，例如 2026，不是“%1”</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column.</source>
        <translation>%1：各合计均等于其分项之和，且各列第一项加第二项之和等于第三项加第四项之和。</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Tally %1 to %2 (overdue as of %3)</source>
        <translation>统计期间 %1 至 %2（逾期截至 %3）</translation>
    </message>
    <message numerus="yes">
        <source>Working days from receipt to reply (%n case(s) replied): median %1, longest %2</source>
        <translation>
            <numerusform>从收到到答复的工作日（已答复 %n 件）：中位数 %1，最长 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按科室</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按经办人</translation>
    </message>
    <message>
        <source>%1: received %2, concluded %3 (late %4), open at the end %5, overdue today %6; median %7 working days</source>
        <translation>%1：收到 %2，办结 %3（逾期 %4），期末未办结 %5，今日逾期 %6；中位用时 %7 个工作日</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>科室：%1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Median working days to reply</source>
        <translation>答复用时中位数（工作日）</translation>
    </message>
    <message>
        <source>Longest working days to reply</source>
        <translation>答复最长用时（工作日）</translation>
    </message>
    <message>
        <source>the month is written YYYY-MM, e.g. 2026-03, not &quot;%1&quot;</source>
        <translation>月份写作 YYYY-MM，例如 2026-03，不是“%1”</translation>
    </message>
    <message>
        <source>Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected</source>
        <translation>信息处理费：发出收费通知 %1 件，金额 %2 元；实际收取 %3 元</translation>
    </message>
    <message>
        <source>--format takes text, csv, json or xlsx, not &quot;%1&quot;</source>
        <translation>--format 的取值为 text、csv、json 或 xlsx，不是“%1”</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE.xlsx</source>
        <translation>--format xlsx 需要 --out FILE.xlsx</translation>
    </message>
    <message>
        <source>--set takes CELL=VALUE, e.g. 规章/本年制发件数=3, not &quot;%1&quot;</source>
        <translation>--set 的格式为 项目=数值，例如 规章/本年制发件数=3，不是“%1”</translation>
    </message>
</context>
<context>
    <name>ogi::cli::SettingsCommand</name>
    <message>
        <source>four-eyes: %1</source>
        <translation>双人复核：%1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>agency: %1 (%2)</source>
        <translation>机关：%1（%2）</translation>
    </message>
    <message>
        <source>document numbers: %1 (%2)</source>
        <translation>文号格式：%1（%2）</translation>
    </message>
    <message>
        <source>each type apart</source>
        <translation>各类文书分别编号</translation>
    </message>
    <message>
        <source>one sequence for all</source>
        <translation>所有文书统一编号</translation>
    </message>
    <message>
        <source>reconsideration body: %1</source>
        <translation>行政复议机关：%1</translation>
    </message>
    <message>
        <source>court: %1</source>
        <translation>人民法院：%1</translation>
    </message>
    <message>
        <source>contact line: %1</source>
        <translation>文书联系方式：%1</translation>
    </message>
    <message>
        <source>notice fonts: %1 / %2</source>
        <translation>文书字体：%1 / %2</translation>
    </message>
    <message>
        <source>--per-type takes on or off, not &quot;%1&quot;</source>
        <translation>--per-type 的取值为 on 或 off，不是“%1”</translation>
    </message>
    <message>
        <source>mail server: not set up (no delivery by email)</source>
        <translation>邮件服务器：未设置（不能邮件送达）</translation>
    </message>
    <message>
        <source>stored, but not readable on this computer</source>
        <translation>已保存，但在本机无法读取</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>stored (sealed)</source>
        <translation>已加密保存</translation>
    </message>
    <message>
        <source>mail server: %1:%2 (%3), time-out %4 s</source>
        <translation>邮件服务器：%1:%2（%3），超时 %4 秒</translation>
    </message>
    <message>
        <source>mail sender: %1</source>
        <translation>发件人：%1</translation>
    </message>
    <message>
        <source>mail login: %1; password: %2</source>
        <translation>邮件登录名：%1；密码：%2</translation>
    </message>
    <message>
        <source>--security takes none, starttls or tls, not &quot;%1&quot;</source>
        <translation>--security 应为 none、starttls 或 tls，而不是“%1”</translation>
    </message>
    <message>
        <source>Password of %1 at the mail server: </source>
        <translation>%1 在邮件服务器上的密码：</translation>
    </message>
    <message>
        <source>office kind: %1 (%2)</source>
        <translation>机关类别：%1（%2）</translation>
    </message>
    <message>
        <source>--office-kind takes %1, not &quot;%2&quot;</source>
        <translation>--office-kind 只能为 %1，不能为“%2”</translation>
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
        <translation>没有案件 %1。</translation>
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
    <message>
        <source>Remedies:</source>
        <translation>救济途径：</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Applicant: %1 (%2), representative of the applicants</source>
        <translation>申请人：%1（%2），代表人</translation>
    </message>
    <message>
        <source>Authorised agent: %1</source>
        <translation>委托代理人：%1</translation>
    </message>
    <message>
        <source>  Letter of authorisation (委托书): attached</source>
        <translation>  授权委托书：已附</translation>
    </message>
    <message>
        <source>  Letter of authorisation (委托书): not attached yet (ogi attach %1 FILE --kind authorisation)</source>
        <translation>  授权委托书：尚未附（ogi attach %1 FILE --kind authorisation）</translation>
    </message>
    <message>
        <source>  Notices are addressed to: %1</source>
        <translation>  文书送达对象：%1</translation>
    </message>
    <message>
        <source>Missing from the application when received (Art. 29):</source>
        <translation>收到申请时欠缺的内容（第二十九条）：</translation>
    </message>
    <message>
        <source>  Ask for them within 7 working days of receipt (Art. 30): ogi act %1 request-supplement --days N (without --items the notice names exactly these).</source>
        <translation>  应自收到申请之日起7个工作日内一次性告知补正（第三十条）：ogi act %1 request-supplement --days N（不写 --items 时，告知书即列明上述内容）。</translation>
    </message>
    <message>
        <source>Kind: %1 — not an application for government information: not counted in the annual report&apos;s section 三 nor in the monthly tally</source>
        <translation>类别：%1——不属于政府信息公开申请，不计入年度报告第三部分和月度统计</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>审核结论：%1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>处理决定：%1</translation>
    </message>
    <message>
        <source>Reply to be sent: %1</source>
        <translation>答复送达方式：%1</translation>
    </message>
</context>
<context>
    <name>ogi::cli::UserCommand</name>
    <message>
        <source>--role: &quot;%1&quot; is not one of %2</source>
        <translation>--role：“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>give at least one --role (%1)</source>
        <translation>请至少给出一个 --role（%1）</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 的角色现为：%2。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 已可重新登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>unknown user command &quot;%1&quot;; usage: %2</source>
        <translation>未知的 user 子命令“%1”；用法：%2</translation>
    </message>
</context>
<context>
    <name>ogi::cli::VerifyCommand</name>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>发现 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check code %1: audit log row %2, still in the register.</source>
        <translation>校验码 %1：对应审计日志第 %2 行，仍在台账中。</translation>
    </message>
    <message>
        <source>Check code %1: no audit row carries it (the history printed with it was rewritten or deleted, or the code is mistyped)</source>
        <translation>校验码 %1：没有任何审计记录与之对应（打印时的历史记录已被改写或删除，或校验码输入有误）</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未核对：%1</translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 — file intact, %n case(s) consistent with their events and with the audit log, audit chain unbroken and sealed.</source>
        <translation>
            <numerusform>正常：%1 — 文件完好，%n 件案件与其办理步骤及审计日志一致，审计链完整且已封签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check code %1 (keep it: verify --anchor checks it later)</source>
        <translation>校验码 %1（请保存：以后可用 verify --anchor 核对）</translation>
    </message>
</context>
<context>
    <name>ogi::cli::main</name>
    <message>
        <source>ogi: unknown or incomplete option %1</source>
        <translation>ogi：未知或不完整的选项 %1</translation>
    </message>
    <message>
        <source>ogi: unknown command &quot;%1&quot;</source>
        <translation>ogi：未知命令“%1”</translation>
    </message>
    <message>
        <source>ogi %1: %2</source>
        <translation>ogi %1：%2</translation>
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
        <source>check the file, every case&apos;s events and the audit chain</source>
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
    <message>
        <source>working days and holidays from FROM to TO, one line per date</source>
        <translation>列出起止日期间的工作日和节假日，每日一行</translation>
    </message>
    <message>
        <source>keep the office calendar: local arrangements, a yearly notice as CSV (audited)</source>
        <translation>维护本机关日历：本地调整、以 CSV 导入年度安排（留痕）</translation>
    </message>
    <message>
        <source>the reply deadline for the given dates, explained (deadline calc --help: all options)</source>
        <translation>按给定日期计算答复期限并说明（deadline calc --help 查看全部选项）</translation>
    </message>
    <message>
        <source>a stored case&apos;s deadlines, explained</source>
        <translation>显示已登记案件的期限及其推算过程</translation>
    </message>
    <message>
        <source>open cases, most urgent deadline first</source>
        <translation>列出未办结案件，期限最紧迫的在前</translation>
    </message>
    <message>
        <source>create (or migrate) the database FILE; with --admin, its first administrator</source>
        <translation>创建（或升级）数据库文件 FILE；带 --admin 时同时创建首位管理员</translation>
    </message>
    <message>
        <source>take a workflow action on a case (act --help: every action and its options)</source>
        <translation>对案件执行办理操作（act --help 列出全部操作及其选项）</translation>
    </message>
    <message>
        <source>manage users and their roles (administrator; audited)</source>
        <translation>管理用户及其角色（管理员；记入审计日志）</translation>
    </message>
    <message>
        <source>show the office settings, or switch four eyes (administrator, audited)</source>
        <translation>显示本机关设置，或开关双人复核（管理员；记入审计日志）</translation>
    </message>
    <message>
        <source>attach a file to a case, kept under its SHA-256 (clerk or chief)</source>
        <translation>为案件添加附件，按 SHA-256 存档（经办人或科室负责人）</translation>
    </message>
    <message>
        <source>issue a numbered notice for a case, optionally as PDF or HTML (notice --help: types, reprint, void)</source>
        <translation>为案件出具编号文书，可输出 PDF 或 HTML（notice --help 查看类型、重印、作废）</translation>
    </message>
    <message>
        <source>the notices issued for a case, each checked against its SHA-256</source>
        <translation>列出案件已出具的文书，逐份核对 SHA-256</translation>
    </message>
    <message>
        <source>set the agency, its document number pattern, the remedies bodies and contact line (administrator, audited)</source>
        <translation>设置机关名称、文号格式、救济途径中的机关和文书联系方式（管理员；记入审计日志）</translation>
    </message>
    <message>
        <source>section 三 of the annual report, checked before it is shown (text, csv, json); exit 1 if it does not add up</source>
        <translation>年度报告第三部分表格，输出前先核对勾稽关系（text、csv、json）；不符时退出码为 1</translation>
    </message>
    <message>
        <source>check figures typed into section 三: every total and 一 + 二 = （七） + 四</source>
        <translation>核对手工填报的第三部分数据：各合计及“一+二=（七）+四”</translation>
    </message>
    <message>
        <source>the monthly tally (any range with --from/--to), by department and clerk; --cases lists the cases behind a figure</source>
        <translation>月度统计（可用 --from/--to 指定任意期间），按科室和经办人；--cases 列出某项数字对应的案件</translation>
    </message>
    <message>
        <source>bring an old ledger (.csv UTF-8 or GB18030, .xlsx, .xls) into the register, all rows or none; --encoding E, --mapping M.json for odd headers</source>
        <translation>把原有台账（.csv UTF-8 或 GB18030、.xlsx、.xls）导入台账数据库，要么全部导入，要么一行不导；--encoding E 指定编码，--mapping M.json 对照特殊表头</translation>
    </message>
    <message>
        <source>the ledger as CSV or Excel with deadline columns; ID numbers masked unless --unmasked (chief or administrator, audited)</source>
        <translation>导出台账（CSV 或 Excel），含期限列；证件号码默认打码，--unmasked 导出完整号码（限科室负责人或管理员，记入审计日志）</translation>
    </message>
    <message>
        <source>send the case&apos;s reply notice (number or id) to the applicant by email as PDF and record the delivery (clerk)</source>
        <translation>将案件的答复文书（文号或编号）以 PDF 通过电子邮件发送给申请人并记录送达（经办人）</translation>
    </message>
    <message>
        <source>the mail server replies are delivered through; --password reads OGI_SMTP_PASSWORD or asks (administrator, audited)</source>
        <translation>设置送达答复所用的邮件服务器；--password 从 OGI_SMTP_PASSWORD 读取或提示输入（管理员，记入审计）</translation>
    </message>
    <message>
        <source>ogi %1: this needs more memory than the computer has; nothing was changed by the step that failed</source>
        <translation>ogi %1：所需内存超过本机可用内存；失败的这一步未作任何更改</translation>
    </message>
    <message>
        <source>ogi %1: internal error: %2</source>
        <translation>ogi %1：内部错误：%2</translation>
    </message>
    <message>
        <source>ogi %1: internal error of unknown kind</source>
        <translation>ogi %1：未知类型的内部错误</translation>
    </message>
    <message>
        <source>copy a whole register between a file and a postgresql:// database (either way) into a new one, checked there (counts, audit chain, notices&apos; SHA-256) before it says so; the source is not changed</source>
        <translation>在文件与 postgresql:// 数据库之间（任一方向）把整个台账复制为新台账，并在目标处核对（行数、审计链、文书 SHA-256）后才报告成功；来源不作改动</translation>
    </message>
    <message>
        <source>a consistent snapshot of the register (a file, or a server register) with its attachments and a SHA-256 manifest, zipped</source>
        <translation>台账（文件或服务器上的台账）的一致性快照连同附件和 SHA-256 清单，打包为 zip</translation>
    </message>
    <message>
        <source>restore a backup after checking it and showing what it changes; over a register, an administrator of it signs in; the register that was there is kept beside it; --db postgresql://… restores into an empty database</source>
        <translation>检查备份并显示其改变的内容后恢复；覆盖已有台账时须由其管理员登录；原台账保留在旁；--db postgresql://… 恢复到空数据库</translation>
    </message>
</context>
<context>
    <name>ogi::ui::ActionDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 —— 案件 %2</translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation>办理日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Case %1 · applicant %2</source>
        <translation>案件 %1 · 申请人 %2</translation>
    </message>
    <message>
        <source>reply drafted: %1</source>
        <translation>拟答复：%1</translation>
    </message>
</context>
<context>
    <name>ogi::ui::AgencyForm</name>
    <message>
        <source>Agency name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>e.g. 某某区人民政府办公室</source>
        <translation>例：某某区人民政府办公室</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>机关代码</translation>
    </message>
    <message>
        <source>letters and digits, e.g. 11010500</source>
        <translation>字母和数字，例：11010500</translation>
    </message>
    <message>
        <source>Document number pattern</source>
        <translation>文号格式</translation>
    </message>
    <message>
        <source>e.g. 某政公开〔{year}〕第{n}号</source>
        <translation>例：某政公开〔{year}〕第{n}号（{year} 为年份，{n} 为序号）</translation>
    </message>
    <message>
        <source>Reconsideration body</source>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <source>People&apos;s court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>e.g. 某某区人民法院</source>
        <translation>例：某某区人民法院</translation>
    </message>
    <message>
        <source>Notices are numbered once a pattern is set.</source>
        <translation>设置文号格式后，告知书将按格式编号。</translation>
    </message>
    <message>
        <source>The first notice this year: %1</source>
        <translation>今年第一份告知书的文号：%1</translation>
    </message>
    <message>
        <source>Number each type of notice apart ({type} in the pattern)</source>
        <translation>各类文书分别编号（文号格式中写 {type}）</translation>
    </message>
    <message>
        <source>Contact line of notices</source>
        <translation>文书联系方式</translation>
    </message>
    <message>
        <source>e.g. 地址：某某路1号；电话：010-12345678</source>
        <translation>例如：地址：某某路1号；电话：010-12345678</translation>
    </message>
    <message>
        <source>A department of a people&apos;s government at county level or above: its own government at the same level (a vertically managed department: the competent department one level up);
a people&apos;s government: the government one level up (Administrative Reconsideration Law, Art. 24 and 27).</source>
        <translation>县级以上人民政府工作部门：填本级人民政府（垂直管理部门：上一级主管部门）；
人民政府：填上一级人民政府（《中华人民共和国行政复议法》第二十四条、第二十七条）。</translation>
    </message>
    <message>
        <source>e.g. 某某区人民政府</source>
        <translation>例如：某某区人民政府</translation>
    </message>
    <message>
        <source>%1 (annual report by 31 January)</source>
        <translation>%1（1月31日前提交年度报告）</translation>
    </message>
    <message>
        <source>%1 (publishes the annual report by 31 March)</source>
        <translation>%1（3月31日前公布年度报告）</translation>
    </message>
    <message>
        <source>The annual report (Art. 49): a department submits it to the competent office by 31 January; a local government&apos;s competent office publishes the government&apos;s by 31 March.</source>
        <translation>年度报告（第四十九条）：县级以上人民政府部门应于每年1月31日前向本级政府信息公开工作主管部门提交本部门上一年度报告并向社会公布；县级以上地方人民政府的政府信息公开工作主管部门应于每年3月31日前向社会公布本级政府上一年度报告。</translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation>机关类别</translation>
    </message>
</context>
<context>
    <name>ogi::ui::AgentForm</name>
    <message>
        <source>Authorised agent (委托代理人)</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Someone applies for the applicant: notices are addressed to the applicant, care of the agent</source>
        <translation>他人受委托代为申请：文书写明申请人并由委托代理人转交</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>代理人姓名：</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>通信地址：</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>the scanned 委托书, attached with the application</source>
        <translation>授权委托书扫描件，登记时一并存档</translation>
    </message>
    <message>
        <source>Letter of authorisation:</source>
        <translation>授权委托书：</translation>
    </message>
    <message>
        <source>Letter of authorisation (委托书)</source>
        <translation>授权委托书</translation>
    </message>
</context>
<context>
    <name>ogi::ui::ApplicantForm</name>
    <message>
        <source>Representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Applicant type:</source>
        <translation>申请人类型：</translation>
    </message>
    <message>
        <source>Organisation type:</source>
        <translation>组织类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名或名称：</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>通信地址：</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>The co-applicant named to act for all (代表人): notices are addressed to them</source>
        <translation>共同申请人推选的代表人：文书向其送达</translation>
    </message>
    <message>
        <source>Applicant %1 of %2</source>
        <translation>申请人（%1/%2）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Remove this co-applicant</source>
        <translation>移除该共同申请人</translation>
    </message>
</context>
<context>
    <name>ogi::ui::AttachmentsPanel</name>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The file was not attached</source>
        <translation>未能添加附件</translation>
    </message>
    <message>
        <source>Attach to case %1: %2</source>
        <translation>为案件 %1 添加附件：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The attachment cannot be opened</source>
        <translation>附件无法打开</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. A checked copy is at %1.</source>
        <translation>本机没有可打开此类文件的程序。经校验的副本位于 %1。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::AutomaticBackup</name>
    <message>
        <source>Backing up the register to %1…</source>
        <translation>正在把台账备份到 %1……</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: %1</source>
        <translation>今天的自动备份未能写入：%1</translation>
    </message>
</context>
<context>
    <name>ogi::ui::CalendarPanel</name>
    <message>
        <source>Name of the arrangement (e.g. 国庆节)</source>
        <translation>安排名称（如：国庆节）</translation>
    </message>
    <message>
        <source>Mark as working day</source>
        <translation>设为工作日</translation>
    </message>
    <message>
        <source>Mark as day off</source>
        <translation>设为休息日</translation>
    </message>
    <message>
        <source>Back to the State Council arrangement</source>
        <translation>恢复国务院安排</translation>
    </message>
    <message>
        <source>Import a year&apos;s arrangement…</source>
        <translation>导入年度安排…</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>The State Council has not published this year&apos;s arrangement here: import it when it does.</source>
        <translation>本年度的国务院节假日安排尚未导入：发布后请导入。</translation>
    </message>
    <message>
        <source>Set by %1 on %2.</source>
        <translation>由 %1 于 %2 设置。</translation>
    </message>
    <message>
        <source>The State Council arrangement applies again.</source>
        <translation>已恢复适用国务院安排。</translation>
    </message>
    <message>
        <source>Import a year&apos;s arrangement</source>
        <translation>导入年度安排</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputing the running reply deadlines…</source>
        <translation>正在重新计算在办案件的答复期限……</translation>
    </message>
    <message>
        <source>Importing %1 and recomputing the running reply deadlines…</source>
        <translation>正在导入 %1 并重新计算在办案件的答复期限……</translation>
    </message>
    <message>
        <source>day off (public holiday or weekend)</source>
        <translation>休息日（法定节假日或周末）</translation>
    </message>
    <message>
        <source>make-up working day (调休上班)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>arrangement not published yet: provisional</source>
        <translation>安排尚未公布，暂按周一至周五计算</translation>
    </message>
    <message>
        <source>The State Council has not published the %1 holiday arrangement here yet: its days are counted Monday to Friday, and deadlines that reach into it are provisional. Import the notice when it is published.</source>
        <translation>%1 年的国务院节假日安排尚未导入：暂按周一至周五为工作日计算，涉及该年的答复期限均为暂定。国务院通知发布后请导入。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <message>
        <source>paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>The Regulations set no period for a request to correct a record (Art. 41).</source>
        <translation>《条例》未规定更正申请的办理期限（第四十一条）。</translation>
    </message>
    <message>
        <source>The application lacks (Art. 29): %1. Ask for a supplement within 7 working days of receipt (Art. 30).</source>
        <translation>申请欠缺（第二十九条）：%1。应自收到申请之日起7个工作日内一次性告知补正（第三十条）。</translation>
    </message>
    <message>
        <source>%1 · missing %2</source>
        <translation>%1 · 缺%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no statutory period</source>
        <translation>无法定期限</translation>
    </message>
</context>
<context>
    <name>ogi::ui::CaseView</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>办理后状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>收到日期：%1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申请内容：%1</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>文书（%1）</translation>
    </message>
    <message>
        <source>%1 (representative)</source>
        <translation>%1（代表人）</translation>
    </message>
    <message>
        <source>Applicants: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>Authorised agent: %1</source>
        <translation>委托代理人：%1</translation>
    </message>
    <message>
        <source>Missing from the application (Art. 29): %1</source>
        <translation>申请欠缺（第二十九条）：%1</translation>
    </message>
    <message>
        <source>ask for a supplement within 7 working days of receipt (Art. 30)</source>
        <translation>应自收到申请之日起7个工作日内一次性告知补正（第三十条）</translation>
    </message>
</context>
<context>
    <name>ogi::ui::DeadlineBoardView</name>
    <message>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>期限说明</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 due soon · %4 paused · %5 open</source>
        <translation>逾期 %1 · 今日到期 %2 · 即将到期 %3 · 暂停 %4 · 在办 %5</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分办</translation>
    </message>
</context>
<context>
    <name>ogi::ui::DeadlineDisplay</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::EarlierApplicantOffer</name>
    <message>
        <source>Applied before? ↓ to choose, Enter fills the applicant from their latest case:</source>
        <translation>以前申请过？按 ↓ 选择，按 Enter 用其最近一件申请填写申请人信息：</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <source>ID number or code</source>
        <translation>证件号码或代码</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
</context>
<context>
    <name>ogi::ui::FirstRunDialog</name>
    <message>
        <source>OGI Desk — first run</source>
        <translation>OGI Desk —— 首次使用</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>This register is new. Name the agency whose applications it keeps (notices and reports print these; the administrator can change them later in Settings), then create the administrator: choose a login and a password of at least 8 characters. The administrator then adds the clerks, reviewers and chiefs.</source>
        <translation>这是一个新台账。请先填写办理申请的机关（告知书和报表将使用这些信息，管理员以后可在“设置”中修改），再创建管理员：选择登录名和至少8个字符的密码。管理员随后添加经办人、保密审查人和科室负责人。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Start using OGI Desk</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting; each problem is shown beside its field.</source>
        <translation>
            <numerusform>有 %n 处需要更正，问题已显示在相应栏目旁。</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is ready and you are signed in as its administrator. Next:
1. Settings ▸ Users and roles: add the clerks, reviewers and chiefs (each chooses a password of at least 8 characters).
2. Settings ▸ Working-day calendar: check this year&apos;s holidays and make-up working days; deadlines are counted in working days on it.
3. Settings ▸ General ▸ Agency: the document number pattern and the bodies named in the remedies paragraph.</source>
        <translation>台账已建立，您已作为管理员登录。接下来：
1. 设置 ▸ 用户与角色：添加经办人、审查人和负责人（每人自设至少 8 个字符的密码）。
2. 设置 ▸ 工作日历：核对本年度节假日和调休上班日，答复期限按此日历的工作日计算。
3. 设置 ▸ 常规 ▸ 机关：文号格式，以及救济途径段落中载明的复议机关和人民法院。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
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
        <source>In every list: Up and Down move the selection, Enter opens the case; Tab moves between fields.</source>
        <translation>在各列表中：上下方向键移动选择，回车键打开案件；Tab 键在栏目间移动。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Where the data lives</source>
        <translation>数据存放位置(&amp;D)</translation>
    </message>
    <message>
        <source>A backup (文件 ▸ 立即备份) holds the register and its attachments together; keep a copy off this computer.</source>
        <translation>备份（文件 ▸ 立即备份）同时包含台账和附件；请在本机以外另存一份。</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>&amp;About OGI Desk</source>
        <translation>关于 OGI Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About OGI Desk</source>
        <translation>关于 OGI Desk</translation>
    </message>
    <message>
        <source>This register: %1</source>
        <translation>本台账：%1</translation>
    </message>
    <message>
        <source>Attached files: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Automatic backups: %1 (the newest %2 kept)</source>
        <translation>自动备份：%1（保留最近 %2 份）</translation>
    </message>
    <message>
        <source>Automatic backups: off</source>
        <translation>自动备份：已关闭</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Settings of this computer: %1</source>
        <translation>本机设置：%1</translation>
    </message>
    <message>
        <source>Key of the mail password: %1</source>
        <translation>邮件密码密钥：%1</translation>
    </message>
    <message>
        <source>The user guide is not in this build; it is README.md in the source.</source>
        <translation>本版本未包含用户指南，请参阅源代码中的 README.md。</translation>
    </message>
    <message>
        <source>OGI Desk %1 — register of applications for government information under the Regulations on Open Government Information (2019).
Qt %2.</source>
        <translation>政府信息公开申请办理台账（OGI Desk）%1 —— 依据《中华人民共和国政府信息公开条例》（2019年修订）办理政府信息公开申请。
Qt %2。</translation>
    </message>
    <message>
        <source>Automatic backups: none from this desk; a server register is backed up on the server</source>
        <translation>自动备份：本机不备份；服务器上的台账由服务器备份</translation>
    </message>
</context>
<context>
    <name>ogi::ui::LedgerImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>.csv, .xlsx or .xls with a header row (编号, 收到日期, 申请人, 申请内容 …)</source>
        <translation>带表头的 .csv、.xlsx 或 .xls 文件（编号、收到日期、申请人、申请内容……）</translation>
    </message>
    <message>
        <source>none: the headers are found by name</source>
        <translation>无：按表头名称识别各列</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel on Chinese Windows)</source>
        <translation>GB18030 / GBK（中文 Windows 上的 Excel）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>文本编码（CSV）</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对照文件</translation>
    </message>
    <message>
        <source>Import the other rows and set the rows with problems aside (a .rejected.csv beside the ledger)</source>
        <translation>导入其余各行，有问题的行另存（台账旁的 .rejected.csv 文件）</translation>
    </message>
    <message>
        <source>Choose the ledger</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx *.xls *.txt);;All files (*)</source>
        <translation>台账 (*.csv *.xlsx *.xls *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the column mapping</source>
        <translation>选择列对照文件</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>列对照 (*.json)</translation>
    </message>
    <message>
        <source>%1 (%2): header in row %3. %4 can be imported, %5 have problems, %6 were imported before.</source>
        <translation>%1（%2）：表头在第 %3 行。可导入 %4，有问题 %5，以前已导入 %6。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>只显示前 %1 行。</translation>
    </message>
    <message>
        <source>Importing the ledger…</source>
        <translation>正在导入台账……</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>已导入 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case numbers %1 to %2.</source>
        <translation>案件编号 %1 至 %2。</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>有问题的行已另存到 %1。</translation>
    </message>
    <message>
        <source>Leave them out: import only the first of identical rows</source>
        <translation>不导入：相同的行只导入第一行</translation>
    </message>
    <message>
        <source>Import them too: each is an application of its own</source>
        <translation>一并导入：每行作为一件独立的申请</translation>
    </message>
    <message>
        <source>Rows the same in every cell as an earlier row (probable copies):</source>
        <translation>各列均与前面某行相同的行（可能是重复录入）：</translation>
    </message>
    <message>
        <source>row %1: the same as row %2 in every cell (a probable copy)</source>
        <translation>第 %1 行：各列均与第 %2 行相同（可能是重复录入）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell are left out.</source>
        <translation>
            <numerusform>%n 行各列均与前面某行相同，不予导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) the same as an earlier row in every cell are imported too.</source>
        <translation>
            <numerusform>%n 行各列均与前面某行相同，一并导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probable copy(ies) left out; importing the file again with the other choice adds only them.</source>
        <translation>
            <numerusform>%n 行可能的重复录入未予导入；如改变选择再次导入该文件，只会补充导入这些行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::LoginDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>登录 —— %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>ogi::ui::MailServerPanel</name>
    <message>
        <source>STARTTLS (usually port 587 or 25)</source>
        <translation>STARTTLS（通常为端口 587 或 25）</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>全程 TLS（通常为端口 465）</translation>
    </message>
    <message>
        <source>None: plain text (only inside a trusted network)</source>
        <translation>不加密（仅限可信的内部网络）</translation>
    </message>
    <message>
        <source>empty: the server takes mail without signing in</source>
        <translation>留空：服务器无需登录即可发信</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Replies to applicants who asked to receive them by email are sent through this server: the issued notice as PDF with a short cover letter (文书 → 邮件送达).</source>
        <translation>申请人要求以电子邮件获取答复的，答复通过此服务器发送：已出具的文书作为 PDF 附件，并附简短说明（文书 → 邮件送达）。</translation>
    </message>
    <message>
        <source>The password is stored encrypted in the register, with a key kept outside it in %1 (readable only by your system account). Someone with the register file or a backup of it cannot read the password; someone who can also read that key file can. On another computer or account the password must be entered again.</source>
        <translation>密码加密保存在台账中，密钥保存在台账之外的 %1（仅本系统账户可读）。仅持有台账文件或其备份的人无法读取密码；同时能读取该密钥文件的人可以读取。换用其他计算机或系统账户时须重新输入密码。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>The stored password was saved on another computer or account and cannot be read here: enter it again.</source>
        <translation>已保存的密码是在另一台计算机或另一个系统账户上保存的，在此无法读取：请重新输入。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::MainWindow</name>
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
        <translation>
            <numerusform>%1 — 台账共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>OGI Desk — %1 — %2 (%3)</source>
        <translation>OGI Desk —— %1 —— %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Register an application…</source>
        <translation>登记新申请(&amp;R)…</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <source>Deadline board</source>
        <translation>期限预警</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>待签发</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open / act on the case</source>
        <translation>打开 / 办理案件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>下一件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>上一件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>OGI Desk</source>
        <translation>政府信息公开申请办理台账</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Open the annual report</source>
        <translation>打开年度报告</translation>
    </message>
    <message>
        <source>Not again today</source>
        <translation>今天不再提示</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Switch user — signed in: %1</source>
        <translation>切换用户 — 当前登录：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已登录：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::NoticeIssueDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 —— 案件 %2</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Everything in this notice comes from the case and the settings.</source>
        <translation>本文书的内容全部来自案件和设置，无需填写。</translation>
    </message>
    <message>
        <source>Issue and number</source>
        <translation>出具并编号</translation>
    </message>
    <message>
        <source>%1 (may be left blank)</source>
        <translation>%1（可不填）</translation>
    </message>
</context>
<context>
    <name>ogi::ui::NoticeTemplatesPanel</name>
    <message>
        <source>Keep as this office&apos;s copy</source>
        <translation>保存为本机关模板</translation>
    </message>
    <message>
        <source>Restore the shipped template</source>
        <translation>恢复随附模板</translation>
    </message>
    <message>
        <source>Fonts of printed notices</source>
        <translation>文书打印字体</translation>
    </message>
    <message>
        <source>Save fonts</source>
        <translation>保存字体</translation>
    </message>
    <message>
        <source>Text (仿宋)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <source>Title (小标宋)</source>
        <translation>标题（小标宋）</translation>
    </message>
    <message>
        <source>A family that is not installed is printed in Noto Serif CJK SC.</source>
        <translation>未安装的字体以 Noto Serif CJK SC 代替。</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>信封</translation>
    </message>
    <message>
        <source>(office copy)</source>
        <translation>（本机关修改）</translation>
    </message>
    <message>
        <source>This office&apos;s copy is in use; the shipped template can be restored.</source>
        <translation>正在使用本机关修改的模板，可恢复随附模板。</translation>
    </message>
    <message>
        <source>The shipped template is in use.</source>
        <translation>正在使用随附模板。</translation>
    </message>
    <message>
        <source>Notices are printed in %1 (text) and %2 (title).</source>
        <translation>文书将以 %1（正文）和 %2（标题）打印。</translation>
    </message>
    <message>
        <source>Text outside {{…}} is printed as written. {{name}} is filled from the case or the settings, {{edit:name|label}} is written by the clerk for each notice, {{&gt; _part}} includes a shared part. {{#name}}…{{/name}} is printed only when name has a value ({{^name}}…{{/name}}: only when it has none); a part written only inside its own section may be left blank.</source>
        <translation>{{…}} 以外的文字按原样打印。{{名称}} 取自案件或设置，{{edit:名称|标签}} 由经办人逐件填写，{{&gt; _公用部分}} 引用公用部分。{{#名称}}…{{/名称}} 仅在该项有内容时打印（{{^名称}}…{{/名称}}：仅在无内容时打印）；只出现在以其自身为条件的段落中的填写部分可以不填。</translation>
    </message>
    <message>
        <source>Proof of service (送达回证)</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>As it prints (facts and the clerk&apos;s parts by their labels):</source>
        <translation>打印效果（案件信息和经办人填写的内容以标签显示）：</translation>
    </message>
    <message>
        <source>Cannot be shown as it prints: %1</source>
        <translation>无法显示打印效果：%1</translation>
    </message>
</context>
<context>
    <name>ogi::ui::NoticesPanel</name>
    <message>
        <source>Issue a notice</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览和打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Envelope…</source>
        <translation>信封…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The applicant&apos;s address on a DL envelope, for postal delivery</source>
        <translation>在 DL 信封上打印申请人地址，用于邮寄送达</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Voided on %1: %2</source>
        <translation>已于 %1 作废：%2</translation>
    </message>
    <message>
        <source>Changed since issue: the stored text no longer has its SHA-256</source>
        <translation>出具后被改动：存档内容与 SHA-256 不符</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The stored text of %1 is no longer the one issued (its SHA-256 differs). Run &apos;ogi verify&apos; and restore the register from a backup before printing it.</source>
        <translation>%1 的存档内容已不是出具时的内容（SHA-256 不符）。请运行“ogi verify”，并从备份恢复台账后再打印。</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将 %1 另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>未作废</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>Why is it voided? The notice and its number stay on record.</source>
        <translation>作废理由？该文书及其文号仍保留在案。</translation>
    </message>
    <message>
        <source>Envelope — case %1</source>
        <translation>信封 —— 案件 %1</translation>
    </message>
    <message>
        <source>No envelope</source>
        <translation>无法生成信封</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>邮件送达…</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>邮件送达</translation>
    </message>
    <message>
        <source>Send %1 to the applicant by email as PDF and record the delivery?</source>
        <translation>将 %1 以 PDF 通过电子邮件发送给申请人并记录送达？</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Sends the reply notice to the applicant&apos;s email address as PDF and records the delivery</source>
        <translation>将答复文书以 PDF 发送到申请人的电子邮箱并记录送达</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>已通过邮件送达</translation>
    </message>
    <message>
        <source>%1 was sent to %2 and the delivery is recorded.
Message-ID: %3
The mail server answered: %4</source>
        <translation>%1 已发送至 %2，送达已记录。
Message-ID：%3
邮件服务器应答：%4</translation>
    </message>
    <message>
        <source>Not sent: the reply is still undelivered</source>
        <translation>未发送：答复仍未送达</translation>
    </message>
    <message>
        <source>Proof of service…</source>
        <translation>送达回证…</translation>
    </message>
    <message>
        <source>The 送达回证 of the selected notice: for the recipient&apos;s signature when it is handed over or served</source>
        <translation>所选文书的送达回证：当面交付或送达时由受送达人签收</translation>
    </message>
    <message>
        <source>No proof of service</source>
        <translation>无法生成送达回证</translation>
    </message>
    <message>
        <source>Proof of service — %1</source>
        <translation>送达回证 —— %1</translation>
    </message>
</context>
<context>
    <name>ogi::ui::OptionalDateEdit</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>ogi::ui::ProactiveDialog</name>
    <message>
        <source>Section 二 of %1: proactive disclosure</source>
        <translation>%1 年度报告 二、主动公开政府信息情况</translation>
    </message>
    <message>
        <source>万元, e.g. 12.5</source>
        <translation>单位万元，例如 12.5</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
</context>
<context>
    <name>ogi::ui::RegisterFileActions</name>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export the cases shown…</source>
        <translation>导出当前列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the cases shown with &amp;whole ID numbers…</source>
        <translation>导出当前列表（完整证件号码）(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>ledger-%1.xlsx</source>
        <translation>台账-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>导出当前列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>已把 %n 件案件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID numbers are whole; the export is recorded in the audit log.</source>
        <translation>证件号码为完整号码；此次导出已记入审计日志。</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>备份 (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>正在备份台账……</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message numerus="yes">
        <source>The register and %n attached file(s) are backed up in %1.</source>
        <translation>
            <numerusform>台账及 %n 个附件已备份到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than an Excel cell holds (32,767 characters) were cut, each ending in a mark saying so: %1. Export as CSV to keep the whole text.</source>
        <translation>
            <numerusform>%n 个单元格超过 Excel 单元格可容纳的字符数（32,767 个），已截断，末尾均有截断标记：%1。如需保留全文，请导出为 CSV。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::RegisterView</name>
    <message>
        <source>Search case no., applicant, request, ID no. or phone (Ctrl+F)</source>
        <translation>搜索编号、申请人、申请内容、证件号码或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any deadline status</source>
        <translation>全部期限状态</translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation>全部申请人类型</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部办理结果</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部承办科室</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
</context>
<context>
    <name>ogi::ui::RegistrationDialog</name>
    <message>
        <source>Register an application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>申请方式：</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>提交日期：</translation>
    </message>
    <message>
        <source>Received on (Art. 31):</source>
        <translation>收到日期（第三十一条）：</translation>
    </message>
    <message>
        <source>Information requested:</source>
        <translation>所需信息：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>获取形式：</translation>
    </message>
    <message>
        <source>Way of receiving:</source>
        <translation>获取方式：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+S)</source>
        <translation>登记该申请（Ctrl+S）</translation>
    </message>
    <message>
        <source>Add a co-applicant</source>
        <translation>增加共同申请人</translation>
    </message>
    <message>
        <source>Several persons or organisations apply together (共同申请)</source>
        <translation>多名公民、法人或者其他组织共同提出申请</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>A request to correct a record about the applicant (Art. 41) is not an application for government information: its own steps and notices, no statutory period, not counted in the annual report&apos;s section 三</source>
        <translation>要求更正与申请人自身相关的政府信息记录的申请（第四十一条）不属于政府信息公开申请：办理环节和文书另行适用，无法定期限，不计入年度报告第三部分</translation>
    </message>
    <message>
        <source>the evidence that the record is inaccurate</source>
        <translation>证明记录不准确的证据材料</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据材料：</translation>
    </message>
    <message>
        <source>Evidence (Art. 41)</source>
        <translation>证据材料（第四十一条）</translation>
    </message>
    <message>
        <source>The application lacks what Art. 29 asks for; it is registered all the same, and these will be asked for in a supplement (Art. 30, within 7 working days):</source>
        <translation>申请欠缺第二十九条规定的内容；仍予登记，并将告知申请人补正下列内容（第三十条，7个工作日内）：</translation>
    </message>
    <message>
        <source>Register a request to correct a record</source>
        <translation>登记更正申请</translation>
    </message>
    <message>
        <source>Record to correct, and what is wrong:</source>
        <translation>要求更正的记录及不准确之处：</translation>
    </message>
    <message>
        <source>%1 (%2, received %3, %4% alike)</source>
        <translation>%1（%2，%3 收到，相似度 %4%）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>This applicant has applied before: %n case(s) in the register.</source>
        <translation>
            <numerusform>该申请人以前申请过：台账中有 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Much like this request (a repeat, Art. 36(6), or Art. 35?): %1</source>
        <translation>与本次申请相似的此前申请（是否属于重复申请〔第三十六条第六项〕或第三十五条情形？）：%1</translation>
    </message>
    <message>
        <source>Other applicants asked for similar information (consider proactive disclosure, Art. 44): %1</source>
        <translation>其他申请人也申请过相似信息（可考虑转为主动公开，第四十四条）：%1</translation>
    </message>
</context>
<context>
    <name>ogi::ui::ReportChartsPanel</name>
    <message>
        <source>Applications per month, %1</source>
        <translation>%1 年每月申请</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Outcomes, %1</source>
        <translation>%1 年办理结果</translation>
    </message>
    <message>
        <source>Replied on time, %1 (%)</source>
        <translation>%1 年按期答复率（%）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期答复</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>ogi::ui::ReportsView</name>
    <message>
        <source>Double-click a figure to see its cases.</source>
        <translation>双击某项数字，查看对应的案件。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export section 三</source>
        <translation>导出第三部分表格</translation>
    </message>
    <message>
        <source>annual-report-%1.csv</source>
        <translation>年度报告-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Monthly tally</source>
        <translation>月度统计</translation>
    </message>
    <message>
        <source>Annual report: applications</source>
        <translation>年度报告：收到和处理申请情况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Clerk %1</source>
        <translation>经办人 %1</translation>
    </message>
    <message>
        <source>Working days from receipt to reply</source>
        <translation>从收到到答复的工作日</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <source>Replies counted</source>
        <translation>计入的答复件数</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n case(s) — double-click to open</source>
        <translation>
            <numerusform>%1（%2）：%n 件 —— 双击打开</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Checked: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column. %1</source>
        <translation>已核对：各合计均等于其分项之和，各列第一项加第二项之和等于第三项加第四项之和。%1</translation>
    </message>
    <message>
        <source>The table does not add up and is not shown:</source>
        <translation>表格数据不符合勾稽关系，暂不显示：</translation>
    </message>
    <message>
        <source>The table does not add up; it is not exported.</source>
        <translation>表格数据不符合勾稽关系，不予导出。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected</source>
        <translation>信息处理费：发出收费通知 %1 件，金额 %2 元；实际收取 %3 元</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export the annual report&apos;s tables</source>
        <translation>导出年度报告表格</translation>
    </message>
    <message>
        <source>annual-report-%1.xlsx</source>
        <translation>年度报告-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Enter section 二…</source>
        <translation>录入主动公开数据…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Monthly tally %1</source>
        <translation>%1 月度统计</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>%1 年度报告</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the annual report as PDF</source>
        <translation>将年度报告保存为 PDF</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>年度报告-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The table does not add up; it is not printed.</source>
        <translation>表格数据不符合勾稽关系，不予打印。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Check typed-in figures…</source>
        <translation>核对外部数据…</translation>
    </message>
    <message>
        <source>A section 三 kept elsewhere, as CSV with the format&apos;s row labels: every total is checked</source>
        <translation>在其他地方填报的第三部分表格（CSV，行名与统一格式一致）：逐项核对合计与勾稽关系</translation>
    </message>
    <message>
        <source>Check section 三 figures</source>
        <translation>核对第三部分数据</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column.</source>
        <translation>%1：各合计均等于其分项之和，且各列第一项加第二项之和等于第三项加第四项之和。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) do not add up:</source>
        <translation>
            <numerusform>%n 处数据不符合勾稽关系：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ogi::ui::SettingsView</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system (Chinese unless English)</source>
        <translation>跟随系统（非英文系统均为中文）</translation>
    </message>
    <message>
        <source>Takes effect the next time OGI Desk starts.</source>
        <translation>下次启动时生效。</translation>
    </message>
    <message>
        <source>Language of the desktop</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Whoever drafted a reply cannot sign it off (four eyes)</source>
        <translation>拟稿人不得签发本人起草的答复（双人审核）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Automatic backups on this computer</source>
        <translation>本机自动备份</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>none (no automatic backup)</source>
        <translation>不保留（不自动备份）</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>When OGI Desk closes it backs up the register with its attachments, at most once a day; older automatic backups beyond this number are deleted. File ▸ Back up now makes one at any time. Keep a copy away from this computer too.</source>
        <translation>关闭 OGI Desk 时自动备份台账及附件，每天最多一次；超出上述份数的较早自动备份将被删除。可随时通过“文件 ▸ 立即备份”备份。请另在本机以外保存一份。</translation>
    </message>
    <message>
        <source>Email delivery</source>
        <translation>邮件送达</translation>
    </message>
</context>
<context>
    <name>ogi::ui::SignOffQueueView</name>
    <message>
        <source>Nothing is waiting for sign-off.</source>
        <translation>没有待签发的案件。</translation>
    </message>
    <message>
        <source>Draft reply of %1</source>
        <translation>%1 的答复草稿</translation>
    </message>
    <message>
        <source>Reply notice as it will print</source>
        <translation>答复文书（打印样式）</translation>
    </message>
    <message>
        <source>Drafts and returns</source>
        <translation>草稿与退回意见</translation>
    </message>
    <message>
        <source>Select a case in the list to see its draft reply.</source>
        <translation>请在列表中选择案件以查看其答复草稿。</translation>
    </message>
    <message>
        <source>No case waiting for sign-off matches the search &quot;%1&quot;; clear it to see the whole queue.</source>
        <translation>没有符合搜索“%1”的待签发案件；清除搜索可查看全部待签发案件。</translation>
    </message>
    <message>
        <source>Signed off %1 (%2): the reply notice can be issued.</source>
        <translation>已签发 %1（%2）：可以出具答复文书。</translation>
    </message>
    <message>
        <source>Returned %1 (%2) for a new draft.</source>
        <translation>已退回 %1（%2），待重新拟稿。</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1：已记录“%2”。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::UserDialog</name>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ogi::ui::UsersPanel</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
</context>
<context>
    <name>ogi::ui::WorkProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
</TS>
