// Search on PostgreSQL at scale (issue 19: "each search keystroke < 100 ms warm"; one- and
// two-character Chinese queries, which pg_trgm cannot narrow: measure, then choose).
//
//   tests/pg/test-cluster.sh start /tmp/pg-bench
//   build-bench/tests/bench/bench_pg_search "$(cat /tmp/pg-bench/url)" [CASES]   # default 1000000
//   tests/pg/test-cluster.sh stop /tmp/pg-bench
//
// Fills a new database with CASES made-up cases' search texts (names, requests and numbers as
// offices write them), then times each kind of query three ways: what OGI Desk does
// (indexedSearch: trigrams for three characters and more, the grams' GIN index for one and
// two), pg_trgm's index alone, and a plain scan. Best and median of 5 warm runs.
#include "register/CaseSearchIndex.h"
#include "storage/RegisterLocation.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "storage/postgresql/PgConnection.h"
#include "storage/postgresql/PgSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const QStringList kSurnames = u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹"_s.split(u' ');
const QString kGiven = u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅海燕鹏飞文博宇晨欣怡浩然"_s;
const QStringList kTerms = u"财政预算 决算公开 征收补偿 拆迁安置 环境影响评价 行政处罚 规划许可 土地出让 "
                           u"道路维修 学校招生 医疗收费 社会保障 住房公积金 企业登记 食品安全 安全生产 "
                           u"信访答复 会议纪要 文件目录 统计数据 项目审批 专项资金 扶贫资金 农村宅基地 "
                           u"征地批复 公共资源交易 政府采购 执法记录 排污许可 水质监测"_s.split(u' ');

QString person(QRandomGenerator& random)
{
    return kSurnames.at(random.bounded(kSurnames.size())) + kGiven.at(random.bounded(kGiven.size()))
        + kGiven.at(random.bounded(kGiven.size()));
}

QString request(QRandomGenerator& random)
{
    QString text = u"申请公开%1年"_s.arg(2015 + random.bounded(11));
    const int terms = 2 + random.bounded(3);
    for (int i = 0; i < terms; ++i)
        text += kTerms.at(random.bounded(kTerms.size())) + (i + 1 < terms ? u"及"_s : u"的相关信息"_s);
    return text;
}

void fill(const QSqlDatabase& db, int cases)
{
    WriteTransaction transaction(db);
    createPgSchema(db);
    sql::run(db,
        u"INSERT INTO cases (id, case_number, receipt_year, sequence, channel, submitted_date, receipt_date, "
        u"description, requested_form, delivery_way, state, created_at, updated_at) "
        u"SELECT n, format('%s-%s', 2019 + n / 150000, lpad((n % 150000)::text, 6, '0')), 2019 + n / 150000, n, "
        u"'post', '2026-01-05', '2026-01-05', '', 'paper', 'post', 'archived', 'x', 'x' "
        u"FROM generate_series(1, ?) AS n"_s,
        { cases });
    QRandomGenerator random(20261203);
    QVariantList values;
    constexpr int kBatch = 1000;
    const QString row = u"(?, ?, ?, ?, array_to_tsvector(string_to_array(?, ' ')))"_s;
    for (int id = 1; id <= cases; ++id) {
        const QString number = u"%1-%2"_s.arg(2019 + id / 150000).arg(id % 150000, 6, 10, QLatin1Char('0'));
        const QString name = person(random);
        const QString text = request(random);
        values << id << number << name << text << searchGrams({ number, name, text });
        if (id % kBatch == 0 || id == cases) {
            const int rows = int(values.size() / 5);
            QStringList groups(rows, row);
            sql::runWith(db,
                u"INSERT INTO case_search (case_id, case_number, applicant, description, grams) VALUES "_s
                    + groups.join(u", "),
                values);
            values.clear();
        }
    }
    transaction.commit();
    sql::runScript(db, u"VACUUM ANALYZE case_search"_s);
}

// Best and median milliseconds of 5 runs after one warm-up.
std::pair<double, double> timed(const std::function<qint64()>& run, qint64* hits)
{
    *hits = run();
    QList<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return { ms.front(), ms.at(2) };
}

qint64 countRows(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = sql::runWith(db, statement, values);
    qint64 n = 0;
    while (sql::next(query))
        ++n;
    return n;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_pg_search postgresql://user@host:port/db [CASES]\n");
        return 2;
    }
    const int cases = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000000;
    const RegisterLocation server = RegisterLocation::parse(QString::fromLocal8Bit(argv[1]));
    const QString name = u"bench_search_%1"_s.arg(cases);
    {
        QSqlDatabase admin = openPostgresql(server, u"admin"_s);
        sql::runScript(admin, u"DROP DATABASE IF EXISTS %1"_s.arg(name));
        sql::runScript(admin, u"CREATE DATABASE %1"_s.arg(name));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    RegisterLocation location = server;
    location.database = name;
    QSqlDatabase db = openPostgresql(location, u"bench"_s);

    QElapsedTimer filling;
    filling.start();
    fill(db, cases);
    std::printf("filled %d cases' search texts in %.1f s; case_search %s\n", cases, filling.elapsed() / 1000.0,
        qPrintable(sql::scalar(db, u"SELECT pg_size_pretty(pg_total_relation_size('case_search'))"_s).toString()));

    constexpr int kLimit = 50000; // CaseListQuery's kManyHits
    const QList<std::pair<const char*, QString>> queries {
        { "1 character, common", u"王"_s },
        { "1 character, rare", u"霞"_s },
        { "2 characters, common", u"财政"_s },
        { "2 characters, rare", u"海燕"_s },
        { "3+ characters, common", u"征收补偿"_s },
        { "3+ characters, rare", u"王海燕"_s },
        { "case number fragment", u"2024-0123"_s },
        { "not there", u"不存在"_s },
    };
    std::printf("\n| query | text | hits | OGI Desk (indexedSearch) best / median ms | pg_trgm alone | plain scan |\n"
                "| --- | --- | --- | --- | --- | --- |\n");
    const QString trigramOnly = u"SELECT case_id FROM case_search WHERE (case_number || ' ' || applicant || ' ' || "
                                u"description) ILIKE ? LIMIT ?"_s;
    const QString scan = u"SELECT case_id FROM case_search WHERE case_number ILIKE ? OR applicant ILIKE ? OR "
                         u"description ILIKE ? LIMIT ?"_s;
    for (const auto& [label, text] : queries) {
        qint64 hits = 0, trigramHits = 0, scanHits = 0;
        const auto ours = timed(
            [&] {
                const IndexedSearch found = indexedSearch(db, text, kLimit);
                return found.answer == IndexedSearch::Answer::TooMany ? qint64(kLimit + 1) : qint64(found.ids.size());
            },
            &hits);
        const QString pattern = u'%' + text + u'%';
        const auto trigram
            = timed([&] { return countRows(db, trigramOnly, { pattern, kLimit + 1 }); }, &trigramHits);
        sql::runScript(db, u"SET enable_bitmapscan = off; SET enable_indexscan = off"_s);
        const auto plain = timed([&] { return countRows(db, scan, { pattern, pattern, pattern, kLimit + 1 }); }, &scanHits);
        sql::runScript(db, u"RESET enable_bitmapscan; RESET enable_indexscan"_s);
        std::printf("| %s | %s | %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |\n", label, qPrintable(text),
            hits > kLimit ? "> 50,000" : qPrintable(QString::number(hits)), ours.first, ours.second, trigram.first,
            trigram.second, plain.first, plain.second);
    }
    db.close();
    return 0;
}
