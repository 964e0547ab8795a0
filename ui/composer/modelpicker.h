// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QFrame>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QLabel;

namespace Quorum
{

struct AccountChoice;
struct ModelChoice;

/*!
 * A searchable list of every model of every enabled provider account, with a check box for
 * each chosen one. Typing filters by model, name or account; a typed "account/model" of any
 * enabled account can be added as it is (a model the provider did not list, or an account
 * whose models were never listed). An account whose models were never listed has a row of
 * its own that offers to list them.
 */
class ModelPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    explicit ModelPicker(QWidget *parent = nullptr);
    ~ModelPicker() override;

    void setChoices(const QList<ModelChoice> &choices, const QStringList &chosen, const QList<AccountChoice> &accounts);
    //! Says in the picker that listing \a accountId's models failed, and why.
    void setListingFailed(const QString &accountId, const QString &message);
    //! A pull of \a label goes on: \a text says where it is ("pulling 3f8e…: 45% of 2.0 GB").
    void setPullProgress(const QString &label, const QString &text);
    //! The pull of \a label ended: done (empty \a problem) or failed, and why.
    void setPullEnded(const QString &label, const QString &problem);
    QString pulling() const { return m_pulling; }
    void setChosen(const QStringList &chosen);
    void popup(const QPoint &at);
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    int visibleCount() const;

Q_SIGNALS:
    void toggled(const QString &label, bool chosen);
    void listModelsRequested(const QString &accountId);
    void pullRequested(const QString &accountId, const QString &model);
    //! "Delete from Ollama" in a model's context menu.
    void deleteRequested(const QString &accountId, const QString &model);
    void pullCancelRequested();

private:
    void applyFilter();
    void addTyped();
    void activate(QListWidgetItem *item);

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QStringList m_accountIds;
    QStringList m_pullAccounts;            //!< accounts that pull models (Ollama)
    QListWidgetItem *m_pullItem = nullptr; //!< "Pull ACCOUNT/MODEL": shown for a typed model it could pull
    QString m_pulling;                     //!< the label being pulled
    void makePullItem();
    QString m_idleHint; //!< what the hint says while nothing typed is on offer
    bool m_hintShowsTyped = false;
};

} // namespace Quorum
