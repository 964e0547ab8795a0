// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

namespace Quorum
{

//! Why the database could not do what was asked, with a message for the user.
struct StorageError {
    enum class Kind {
        NotADatabase, //!< the file is not SQLite (or is encrypted, or its header is damaged)
        Corrupt,      //!< SQLite reports corruption
        NewerSchema,  //!< written by a newer Quorum: left untouched
        ReadOnly,     //!< the file or its directory cannot be written
        Full,         //!< the disk is full
        Busy,         //!< another process holds the lock longer than the busy timeout
        Migration,    //!< a schema migration failed (and was rolled back)
        NotFound,     //!< the row asked for is not there (deleted, or never was): nothing is wrong with the file
        Invalid,      //!< what was to be stored is not valid (an empty name): nothing was written
        Io,           //!< any other failure of the file or the query
    };

    Kind kind = Kind::Io;
    QString message;
};

} // namespace Quorum
