using SafetyPortal.Learning.Plans;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Tests.Plans;

public class AudienceReachTests
{
    private static readonly Guid Works = Guid.NewGuid();
    private static readonly Guid Mill = Guid.NewGuid();

    private static StaffPerson Person(Guid enterprise, string unitCode, TrainingAudience audience) =>
        new(Guid.NewGuid(), enterprise, Guid.NewGuid(), unitCode, null, DateTime.UtcNow, audience, null);

    [Fact]
    public void A_workshop_audience_reaches_the_workshop_and_its_teams_but_not_a_workshop_whose_code_only_starts_alike()
    {
        var target = new TrainingAudienceTarget(null, "00001.00002", TrainingAudience.None);

        Assert.True(AudienceReach.Includes(target, Person(Works, "00001.00002", TrainingAudience.Frontline)));
        Assert.True(AudienceReach.Includes(target, Person(Works, "00001.00002.00007", TrainingAudience.Frontline)));
        Assert.False(AudienceReach.Includes(target, Person(Works, "00001.000021", TrainingAudience.Frontline)));
        Assert.False(AudienceReach.Includes(target, Person(Works, "00001.00003", TrainingAudience.Frontline)));
    }

    [Fact]
    public void An_enterprise_audience_for_safety_managers_leaves_out_other_enterprises_and_other_groups()
    {
        var target = new TrainingAudienceTarget(Works, null, TrainingAudience.SafetyManager);

        Assert.True(AudienceReach.Includes(target, Person(Works, "00001", TrainingAudience.SafetyManager | TrainingAudience.SpecialOperations)));
        Assert.False(AudienceReach.Includes(target, Person(Works, "00001", TrainingAudience.Frontline)));
        Assert.False(AudienceReach.Includes(target, Person(Mill, "00002", TrainingAudience.SafetyManager)));
    }
}
