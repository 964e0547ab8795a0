// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QDialog>

#include "types/libraryprompt.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;

namespace Quorum
{

class Database;
class PromptListModel;

/*!
 * Prompt Library (composer's Library menu, Ctrl+Shift+L): the saved prompts and personas on
 * the left (PromptListModel, filtered as typed), the one chosen on the right with its name,
 * kind, versions and text. Saving an edit adds a version (earlier ones stay, and an answer
 * names the one it used); an earlier version can be read and saved again as the newest. Use
 * hands the item to the composer, which asks for its variables.
 */
class PromptLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptLibraryDialog)

public:
    PromptLibraryDialog(Database *database, QWidget *parent = nullptr);
    ~PromptLibraryDialog() override;

    //! Shows item \a name (its latest version); false when there is none.
    bool select(const QString &name);
    //! An empty form for a new item, its text \a text (e.g. the composer's prompt).
    void startNew(const QString &text = {});
    //! Saves the form: a new item, or the next version of the one shown. False: why is shown.
    bool save();
    //! Removes the item shown, after asking (\a ask false: tests).
    bool removeShown(bool ask = true);
    //! Shows version \a version of the item shown.
    void showVersion(int version);

    QString statusText() const;
    PromptListModel *model() const { return m_model; }

Q_SIGNALS:
    //! Use was clicked: \a prompt at the version shown (saved first if edited).
    void useRequested(const Quorum::LibraryPrompt &prompt);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void load(const LibraryPrompt &prompt);
    bool isDirty() const;
    //! Unsaved changes: true when they may be dropped (asked).
    bool mayDiscard();
    void updateState();
    void setStatus(const QString &text, bool problem = false);

    Database *m_database = nullptr;
    PromptListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_version = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_variables = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_useButton = nullptr;
    std::optional<LibraryPrompt> m_shown; //!< as loaded (none: a new item)
    int m_latest = 0;                     //!< the latest version of the item shown
    bool m_loading = false;
};

} // namespace Quorum
