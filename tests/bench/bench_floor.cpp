// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The floor under Quorum's start-up figures: an empty Qt Widgets window on the same Qt
// modules Quorum's first screen loads (Widgets, Network, SQL with the SQLite driver), and
// nothing of Quorum. bench_startup.sh runs it beside the real window, in the same run, so
// "start to first paint" and "idle resident memory" are read against what the platform's
// packages cost before any of Quorum's code runs (BENCHMARKS.md).
//
// It prints what QUORUM_STARTUP_REPORT=exit makes the window print, with "floor:" for
// "quorum:". The probe is written again here on purpose: linking Quorum's reporter would
// bring Quorum's libraries in and measure them too.
//
//   bench_floor            the window: first paint, then resident memory after 3 s idle
//   bench_floor --cli      a headless command's floor: a QCoreApplication with a network
//                          manager and an open database, then its resident memory
//   bench_floor_cli        the same, built with QtCore, QtNetwork and QtSql only, as the
//                          headless `quorum` is (no Qt GUI library loaded)
#include <cstdio>

#ifndef QUORUM_FLOOR_HEADLESS
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>
#endif
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
            }
        }
    }
    return 0;
}

bool openDatabase(const QTemporaryDir &dir)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(QDir(dir.path()).filePath(u"floor.db"_s));
    return db.open();
}

#ifndef QUORUM_FLOOR_HEADLESS
class PaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                std::fprintf(stderr,
                    "floor: first paint at %lld ms since the epoch, resident %.1f MiB\n",
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                    residentMiB());
                QTimer::singleShot(3000, [] {
                    std::fprintf(stderr, "floor: idle after 3 s, resident %.1f MiB\n", residentMiB());
                    QCoreApplication::quit();
                });
            });
        }
        return false;
    }

private:
    bool m_painted = false;
};
#endif

} // namespace

int main(int argc, char *argv[])
{
    const QTemporaryDir dir;
#ifndef QUORUM_FLOOR_HEADLESS
    if (argc > 1 && qstrcmp(argv[1], "--cli") == 0)
#endif
    {
        const QCoreApplication app(argc, argv);
        const QNetworkAccessManager network;
        const bool opened = openDatabase(dir);
        std::fprintf(stderr,
            "floor: command ready, database %s, resident %.1f MiB\n",
            opened ? "open" : "NOT OPEN",
            residentMiB());
        return opened ? 0 : 1;
    }
#ifndef QUORUM_FLOOR_HEADLESS
    QApplication app(argc, argv);
    // A window of the first screen's shape: a menu bar, a list with a search field beside a
    // text area. The menu bar counts: Qt reads a standard icon for its extension button, and
    // reading that PNG loads every image-format plugin (1.9 MiB, ~7 ms here).
    QMainWindow window;
    window.menuBar()->addMenu(u"File"_s)->addAction(u"Quit"_s);
    auto *splitter = new QSplitter(&window);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QPushButton(u"New"_s, side));
    auto *search = new QLineEdit(side);
    search->setPlaceholderText(u"Search"_s);
    sideLayout->addWidget(search);
    auto *list = new QListView(side);
    list->setModel(new QStringListModel({u"One"_s, u"Two"_s, u"Three"_s}, list));
    sideLayout->addWidget(list);
    auto *content = new QWidget(splitter);
    auto *mainLayout = new QVBoxLayout(content);
    mainLayout->addWidget(new QLabel(u"Ask several models at once."_s, content));
    mainLayout->addWidget(new QPlainTextEdit(content));
    window.setCentralWidget(splitter);
    window.resize(1200, 800);
    QNetworkAccessManager network;
    if (!openDatabase(dir)) {
        std::fprintf(stderr, "floor: the database did not open\n");
        return 1;
    }
    PaintProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
#endif
}
