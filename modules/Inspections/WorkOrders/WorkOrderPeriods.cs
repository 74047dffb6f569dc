using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>Which period a day's answer is for: the day itself, the week's Monday, or the campaign's first day when answered once.</summary>
public static class WorkOrderPeriods
{
    /// <summary>The period holding the day; null outside the campaign's days.</summary>
    public static DateOnly? Of(WorkOrderCampaign campaign, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (day < campaign.FirstDay || day > campaign.LastDay)
        {
            return null;
        }
        return campaign.Frequency switch
        {
            WorkOrderFrequency.Daily => day,
            WorkOrderFrequency.Weekly => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            _ => campaign.FirstDay,
        };
    }

    /// <summary>The period before the one holding the day (for escalation); null when there is none.</summary>
    public static DateOnly? Before(WorkOrderCampaign campaign, DateOnly day) => campaign.Frequency switch
    {
        WorkOrderFrequency.Daily => Of(campaign, day.AddDays(-1)),
        WorkOrderFrequency.Weekly => Of(campaign, day.AddDays(-7)),
        _ => null,
    };
}
