using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Tests.CaseWarnings;

public sealed class CaseWarningStatusTests
{
    private static readonly DateTime Noon = new(2026, 3, 1, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_draft_goes_to_review_and_is_published_at_the_approved_time()
    {
        var article = new CaseWarning();
        Assert.True(article.Submit());
        Assert.Equal(CaseWarningStatus.InReview, article.Status);
        Assert.True(article.Approve(Noon));
        Assert.Equal((CaseWarningStatus.Published, Noon), (article.Status, article.PublishAt));
    }

    [Fact]
    public void A_returned_article_keeps_the_reason_until_it_is_submitted_again()
    {
        var article = new CaseWarning();
        article.Submit();
        Assert.True(article.Return("处罚依据条款引用有误"));
        Assert.Equal((CaseWarningStatus.Returned, "处罚依据条款引用有误"), (article.Status, article.ReturnReason));
        Assert.True(article.IsEditable);
        Assert.True(article.Submit());
        Assert.Null(article.ReturnReason);
    }

    [Fact]
    public void Only_an_article_in_review_is_approved_or_returned()
    {
        var draft = new CaseWarning();
        Assert.False(draft.Approve(Noon));
        Assert.False(draft.Return("x"));
        Assert.False(draft.Withdraw());
        Assert.Equal(CaseWarningStatus.Draft, draft.Status);
    }

    [Fact]
    public void A_published_article_is_not_edited_until_it_is_withdrawn()
    {
        var article = new CaseWarning();
        article.Submit();
        article.Approve(Noon);
        Assert.False(article.IsEditable);
        Assert.False(article.Submit());
        Assert.True(article.Withdraw());
        Assert.True(article.IsEditable);
        Assert.True(article.Submit());
    }
}
