// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QFrame>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QLabel;

namespace Quorum
{

struct ModelChoice;

/*!
 * A searchable list of every model of every enabled provider account, with a check box for
 * each chosen one. Typing filters by model, name or account; a typed "account/model" that
 * is not in the list can be added as it is (a model the provider did not list).
 */
class ModelPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    explicit ModelPicker(QWidget *parent = nullptr);
    ~ModelPicker() override;

    void setChoices(const QList<ModelChoice> &choices, const QStringList &chosen, const QStringList &accountIds);
    void setChosen(const QStringList &chosen);
    void popup(const QPoint &at);
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    int visibleCount() const;

Q_SIGNALS:
    void toggled(const QString &label, bool chosen);

private:
    void applyFilter();
    void addTyped();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QStringList m_accountIds;
};

} // namespace Quorum
