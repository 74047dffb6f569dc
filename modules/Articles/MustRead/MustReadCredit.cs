using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Articles.MustRead;

/// <summary>
/// The hours a must-read earns, into the learning ledger (学时档案) as an article entry: once per person and article,
/// however many assignments named it (the ledger keeps one entry per source id). Joins the caller's save.
/// </summary>
public sealed class MustReadCredit(ICreditHourLedger ledger)
{
    public async Task GrantAsync(Guid articleId, string title, decimal hours, IEnumerable<Guid> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (hours <= 0)
        {
            return;
        }
        foreach (var userId in userIds.Distinct())
        {
            await ledger.AddAsync(new CreditHourGrant(userId, hours, CreditHourSource.Article, articleId, title), cancellationToken);
        }
    }
}
