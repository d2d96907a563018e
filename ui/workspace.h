#pragma once

#include "document.h"

#include <QObject>
#include <QPointer>

namespace pamoja {

// What every part of the facilitator's window shares: the open document, the step on screen and
// the current selection (ids of ideas and clusters). Edits from the window go through apply(), so a
// failure reaches the facilitator as a message, never as a silent no-op.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    Document *document() const { return m_document.get(); }
    // Takes ownership; nullptr closes.
    void setDocument(std::unique_ptr<Document> document);

    int step() const { return m_step; }
    void setStep(int step);

    const QList<QUuid> &selection() const { return m_selection; }
    void setSelection(const QList<QUuid> &ids);

    // What the board and outline show: only items matching the search text and carrying the tag
    // (a catalogue item id); empty values show everything.
    const QString &searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    const QUuid &tagFilter() const { return m_tagFilter; }
    void setTagFilter(const QUuid &itemId);
    // Only the ideas a merge of workshops flagged for review.
    bool reviewFilter() const { return m_reviewFilter; }
    void setReviewFilter(bool on);
    bool matchesFilter(const Idea &idea) const;

    // View > Show Translations: the board, outline and presenter view show each idea's translation
    // under its words, marked as machine translation or as a person's (remembered in the settings).
    bool showTranslations() const { return m_showTranslations; }
    void setShowTranslations(bool on);

    // Applies through the document funnel; on failure emits errorOccurred and returns false.
    bool apply(const ChangeSet &cs, const QString &description, const QString &mergeKey = {});
    bool apply(const Result<ChangeSet> &cs, const QString &description);
    void reportError(const QString &message);

Q_SIGNALS:
    void documentChanged(pamoja::Document *document);
    void stepChanged(int step);
    void selectionChanged();
    void errorOccurred(const QString &message);
    void filterChanged();
    void showTranslationsChanged(bool on);

private:
    std::unique_ptr<Document> m_document;
    int m_step = 1;
    QList<QUuid> m_selection;
    QString m_searchText;
    QUuid m_tagFilter;
    bool m_reviewFilter = false;
    bool m_showTranslations = false;
};

} // namespace pamoja
