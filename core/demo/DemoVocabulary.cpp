#include "DemoVocabulary.h"

#include "validation/CreditCode.h"
#include "validation/ResidentIdNumber.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ogi::demo {

namespace {
    const QString& pick(QRandomGenerator& random, const QStringList& list)
    {
        return list.at(random.bounded(static_cast<int>(list.size())));
    }

    const QStringList kSurnames = { u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"赵"_s,
        u"吴"_s, u"周"_s, u"徐"_s, u"孙"_s, u"马"_s, u"朱"_s, u"胡"_s, u"郭"_s, u"何"_s, u"林"_s, u"罗"_s,
        u"高"_s, u"郑"_s, u"梁"_s, u"谢"_s, u"宋"_s, u"唐"_s, u"许"_s, u"韩"_s, u"冯"_s, u"邓"_s, u"曹"_s,
        u"欧阳"_s, u"司马"_s };
    const QStringList kGivenNames = { u"伟"_s, u"芳"_s, u"娜"_s, u"秀英"_s, u"敏"_s, u"静"_s, u"丽"_s,
        u"强"_s, u"磊"_s, u"军"_s, u"洋"_s, u"勇"_s, u"艳"_s, u"杰"_s, u"娟"_s, u"涛"_s, u"明"_s, u"超"_s,
        u"秀兰"_s, u"霞"_s, u"平"_s, u"刚"_s, u"桂英"_s, u"建华"_s, u"志强"_s, u"海燕"_s, u"晓东"_s,
        u"春梅"_s, u"国庆"_s, u"红梅"_s, u"子涵"_s, u"雨轩"_s };
    // Region codes (GB/T 2260) with a matching city for addresses.
    struct Place
    {
        const char16_t* code;
        const char16_t* city;
        const char16_t* postcode;
    };
    const Place kPlaces[] = {
        { u"430102", u"湖南省长沙市芙蓉区", u"410011" },
        { u"430103", u"湖南省长沙市天心区", u"410004" },
        { u"430104", u"湖南省长沙市岳麓区", u"410013" },
        { u"430121", u"湖南省长沙市长沙县", u"410100" },
        { u"110105", u"北京市朝阳区", u"100020" },
        { u"320106", u"江苏省南京市鼓楼区", u"210009" },
        { u"440106", u"广东省广州市天河区", u"510620" },
        { u"510107", u"四川省成都市武侯区", u"610041" },
    };
    const QStringList kStreets = { u"人民中路"_s, u"五一大道"_s, u"解放西路"_s, u"芙蓉南路"_s, u"建设北路"_s,
        u"韶山路"_s, u"劳动东路"_s, u"湘江中路"_s, u"东风路"_s, u"雨花亭街道"_s };

    const Place& randomPlace(QRandomGenerator& random)
    {
        return kPlaces[random.bounded(static_cast<int>(std::size(kPlaces)))];
    }

    QString randomAddress(QRandomGenerator& random, const Place& place)
    {
        return QString::fromUtf16(place.city) + pick(random, kStreets) + u"%1号"_s.arg(random.bounded(1, 400));
    }

    QString randomMobile(QRandomGenerator& random)
    {
        static const QStringList prefixes = { u"138"_s, u"139"_s, u"135"_s, u"137"_s, u"150"_s, u"151"_s, u"158"_s,
            u"186"_s, u"189"_s, u"173"_s, u"199"_s };
        return pick(random, prefixes) + u"%1"_s.arg(random.bounded(10000000, 99999999));
    }

    QString digits(QRandomGenerator& random, int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QChar(u'0' + random.bounded(10));
        return text;
    }

    struct OrgName
    {
        OrganisationType type;
        const char16_t* pattern; // %1: a place or trade name
        const char16_t* registrationCode; // first two characters of the USCC
    };
    const OrgName kOrganisations[] = {
        { OrganisationType::Commercial, u"长沙%1建设工程有限公司", u"91" },
        { OrganisationType::Commercial, u"湖南%1置业有限公司", u"91" },
        { OrganisationType::Commercial, u"%1环保科技有限公司", u"91" },
        { OrganisationType::Commercial, u"湖南%1农业开发有限公司", u"91" },
        { OrganisationType::Research, u"湖南省%1研究院", u"12" },
        { OrganisationType::Research, u"%1大学城市规划研究中心", u"12" },
        { OrganisationType::PublicInterest, u"长沙市%1环境保护志愿者协会", u"51" },
        { OrganisationType::PublicInterest, u"%1公益基金会", u"53" },
        { OrganisationType::LegalService, u"湖南%1律师事务所", u"31" },
        { OrganisationType::LegalService, u"%1法律服务所", u"31" },
        { OrganisationType::Other, u"%1村股份经济合作社", u"N2" },
        { OrganisationType::Other, u"%1小区业主委员会", u"82" },
    };
    const QStringList kTradeNames = { u"湘江"_s, u"麓山"_s, u"星城"_s, u"芙蓉"_s, u"洞庭"_s, u"金霞"_s, u"梅溪"_s,
        u"橘洲"_s, u"天心"_s, u"岳麓"_s, u"望城"_s, u"浏阳河"_s };
} // namespace

Applicant randomPerson(QRandomGenerator& random, const QDate& today)
{
    Applicant a;
    a.kind = ApplicantKind::Person;
    a.name = pick(random, kSurnames) + pick(random, kGivenNames);
    a.idType = IdDocumentType::ResidentId;
    const Place& place = randomPlace(random);
    const QDate birth = today.addYears(-random.bounded(20, 80)).addDays(-random.bounded(365));
    const QString first17 = QString::fromUtf16(place.code) + birth.toString(u"yyyyMMdd"_s) + digits(random, 3);
    a.idNumber = first17 + residentIdCheckCharacter(first17);
    a.phone = randomMobile(random);
    a.address = randomAddress(random, place);
    a.postcode = QString::fromUtf16(place.postcode);
    if (random.bounded(3) == 0)
        a.email = u"user%1@example.com"_s.arg(random.bounded(1000, 99999));
    return a;
}

Applicant randomOrganisation(QRandomGenerator& random)
{
    const OrgName& org = kOrganisations[random.bounded(static_cast<int>(std::size(kOrganisations)))];
    const Place& place = randomPlace(random);
    Applicant a;
    a.kind = ApplicantKind::Organisation;
    a.organisationType = org.type;
    a.name = QString::fromUtf16(org.pattern).arg(pick(random, kTradeNames));
    static const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    QString body = QString::fromUtf16(org.registrationCode) + QString::fromUtf16(place.code);
    while (body.size() < 17)
        body += alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
    a.creditCode = body + creditCodeCheckCharacter(body);
    a.legalRepresentative = pick(random, kSurnames) + pick(random, kGivenNames);
    a.contactPerson = pick(random, kSurnames) + pick(random, kGivenNames);
    a.phone = random.bounded(2) ? randomMobile(random) : u"0731-8%1"_s.arg(digits(random, 7));
    a.address = randomAddress(random, place);
    a.postcode = QString::fromUtf16(place.postcode);
    a.email = u"office%1@example.org"_s.arg(random.bounded(100, 9999));
    return a;
}

QString randomRequest(QRandomGenerator& random)
{
    const int year = 2020 + random.bounded(6);
    // {place} and {year} are filled in; not every request names a year.
    static const QStringList templates = {
        u"申请公开{place}区{year}年度部门预算及“三公”经费决算明细"_s,
        u"申请公开{place}街道{year}年集体土地征收补偿安置方案及补偿标准"_s,
        u"申请公开{place}片区棚户区改造项目房屋征收决定及评估报告"_s,
        u"申请公开{place}工业园新建项目的环境影响评价报告书及批复文件"_s,
        u"申请公开{place}社区{year}年城乡居民最低生活保障对象名单及保障金额"_s,
        u"申请公开{place}路地块的建设工程规划许可证及附图"_s,
        u"申请公开{place}镇{year}年农村危房改造补助资金发放明细"_s,
        u"申请公开{place}河道综合治理工程的招投标文件及中标结果"_s,
        u"申请公开对{place}小区违法建设的行政处罚决定书"_s,
        u"申请公开{place}区{year}年义务教育阶段学校划片招生方案"_s,
        u"申请公开{place}地铁站周边交通组织方案的专家论证意见"_s,
        u"申请公开{place}村{year}年度村级财务收支及惠农补贴发放情况"_s,
    };
    QString request = pick(random, templates);
    request.replace(u"{place}"_s, pick(random, kTradeNames));
    request.replace(u"{year}"_s, QString::number(year));
    return request;
}

QString randomDepartment(QRandomGenerator& random)
{
    static const QStringList departments = { u"办公室"_s, u"规划科"_s, u"征收办"_s, u"社会救助科"_s,
        u"环境监管科"_s, u"财务科"_s, u"法规科"_s };
    return pick(random, departments);
}

QString randomClerk(QRandomGenerator& random)
{
    static const QStringList clerks = { u"周敏"_s, u"李娜"_s, u"陈刚"_s, u"王建华"_s, u"刘洋"_s };
    return pick(random, clerks);
}

} // namespace ogi::demo
