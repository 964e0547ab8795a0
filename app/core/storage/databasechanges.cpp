// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/databasechanges.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

DatabaseChanges::DatabaseChanges(const Database &database)
    : m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &DatabaseChanges::checkElsewhere);
}

DatabaseChanges::~DatabaseChanges() = default;

void DatabaseChanges::watchElsewhere(int intervalMs)
{
    m_dataVersion = m_database.pragma(u"data_version"_s).toLongLong();
    m_timer.start(intervalMs);
}

void DatabaseChanges::checkElsewhere()
{
    bool ok = false;
    const qint64 version = m_database.pragma(u"data_version"_s).toLongLong(&ok);
    if (!ok) {
        return; // the file is busy or gone for a moment: look again next time
    }
    if (m_dataVersion >= 0 && version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT changedElsewhere();
        return;
    }
    m_dataVersion = version;
}

} // namespace Quorum
