#pragma once

#include <QColor>
#include <QFont>
#include <QUuid>
#include <QWidget>

namespace pamoja {

class Document;
class Workspace;

// The revealed ideas of the step laid out for reading from the back of the room: one page per cluster
// (more when it does not fit), then the ideas not yet grouped, in columns of cards whose text is
// about 3.6 % of the window's height. Only revealed, not hidden ideas ever reach it.
class PresenterCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterCanvas(Workspace *workspace, QWidget *parent = nullptr);

    struct Box
    {
        QUuid id;
        QString text;
        QRectF rect; // the card, in widget coordinates
        QRectF textRect;
        QFont font; // what the text is drawn with
        // With View > Show Translations: the translation under the words, in italics after its mark.
        QString translation;
        QRectF translationRect;
    };

    int pageCount() const;
    int currentPage() const;
    void setCurrentPage(int page);
    void nextPage();
    void previousPage();
    // "Trust (2/3)", "Not yet grouped"
    QString pageTitle() const;
    // The cluster of the current page; null for the ungrouped ideas.
    QUuid pageCluster() const;
    // The cards of the current page as they are drawn.
    QList<Box> boxes() const;
    QFont titleFont() const;
    // Every idea on any page.
    QList<QUuid> shownIdeaIds() const;
    // Shows the page with this cluster or idea; false when it is not shown at all.
    bool showItem(const QUuid &id);

    // Share of the window's height the note text takes.
    static constexpr double TextShare = 0.036;

Q_SIGNALS:
    // The page shown or the number of pages changed.
    void pageChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Page
    {
        QUuid cluster;
        QString title;
        QColor colour;
        int part = 1;
        int parts = 1;
        QList<Box> boxes;
    };
    void attach(Document *document);
    void invalidate();
    void ensureLaidOut() const;
    void layoutPages();
    QRectF titleRect() const;

    Workspace *m_workspace;
    QList<Page> m_pages;
    int m_page = 0;
    bool m_dirty = true;
    bool m_followLast = true; // on the last page of new ideas: stay there as more arrive
};

} // namespace pamoja
