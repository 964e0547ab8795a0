// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/clicontext.h"

#include <algorithm>

#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Quorum
{

CliContext::CliContext(AppPaths paths, QTextStream &out, QTextStream &err, const CliDocuments *documents)
    : m_paths(std::move(paths))
    , m_out(out)
    , m_err(err)
    , m_documents(documents)
{
}

const CliDocuments *CliContext::requireDocuments(const QString &command) const
{
    if (!m_documents) {
        failure(command,
            tr("this needs quorum-window, which reads and draws documents; run it as quorum-window %1 ...")
                .arg(command));
    }
    return m_documents;
}

void CliContext::writeUtf8(std::initializer_list<QByteArrayView> pieces) const
{
    m_out.flush(); // what was printed before comes first
    QIODevice *device = m_out.device();
    for (const QByteArrayView piece : pieces) {
        if (device) {
            device->write(piece.data(), piece.size());
        } else {
            m_out << QString::fromUtf8(piece);
        }
    }
}

void CliContext::endUtf8Line() const
{
    writeUtf8({"\n"});
    if (auto *file = qobject_cast<QFileDevice *>(m_out.device())) {
        file->flush();
    }
}

void CliContext::printUtf8Line(QByteArrayView utf8) const
{
    writeUtf8({utf8});
    endUtf8Line();
}

void CliContext::printJsonLine(QJsonObject object, QLatin1StringView key, const QString &value) const
{
    // Qt writes the object; the value's place in it is found by a marker no answer's field
    // holds, and the value is escaped by Qt too, a piece at a time (a one-element array each).
    static constexpr QLatin1StringView marker("quorum:value-written-in-pieces:5f0c2e9a");
    object.insert(key, marker);
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray needle
        = '"' + QByteArray(key.data(), key.size()) + "\":\"" + QByteArray(marker.data(), marker.size()) + '"';
    const qsizetype at = json.indexOf(needle);
    Q_ASSERT(at >= 0);
    const qsizetype valueAt = at + key.size() + 3; // after "key":
    writeUtf8({QByteArrayView(json).first(valueAt), "\""});
    constexpr qsizetype piece = 64 * 1024;
    for (qsizetype from = 0; from < value.size();) {
        qsizetype size = std::min(piece, value.size() - from);
        if (from + size < value.size() && value.at(from + size - 1).isHighSurrogate()) {
            --size; // a surrogate pair stays whole
        }
        const QByteArray escaped
            = QJsonDocument(QJsonArray {QJsonValue(value.mid(from, size))}).toJson(QJsonDocument::Compact);
        writeUtf8({QByteArrayView(escaped).sliced(2, escaped.size() - 4)}); // ["..."] without [" and "]
        from += size;
    }
    writeUtf8({"\"", QByteArrayView(json).sliced(at + needle.size())});
    endUtf8Line();
}

int CliContext::usageError(const QString &command, const QString &message) const
{
    m_err << "quorum "_L1 << command << ": "_L1 << message << '\n'
          << tr("Try 'quorum %1 --help' for more information.").arg(command) << Qt::endl;
    return ExitUsage;
}

std::optional<QString> CliContext::promptArgument(const QString &argument)
{
    if (argument != "-"_L1) {
        return argument;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return QString::fromUtf8(in.readAll());
}

int CliContext::failure(const QString &command, const QString &message) const
{
    m_err << "quorum "_L1 << command << ": "_L1 << message << Qt::endl;
    return ExitFailure;
}

QString CliContext::readSecret(const QString &prompt) const
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        m_err << prompt;
        m_err.flush();
        termios before {};
        const bool terminal = ::tcgetattr(STDIN_FILENO, &before) == 0;
        if (terminal) {
            termios silent = before;
            silent.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        QTextStream in(stdin);
        const QString secret = in.readLine();
        if (terminal) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
        }
        m_err << Qt::endl;
        return secret.trimmed();
    }
#endif
    Q_UNUSED(prompt)
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace Quorum
