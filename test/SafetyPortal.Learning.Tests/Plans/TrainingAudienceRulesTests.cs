using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Learning.Tests.Plans;

public class TrainingAudienceRulesTests
{
    [Fact]
    public void Roles_map_to_principal_safety_manager_and_frontline()
    {
        Assert.Equal(TrainingAudience.Principal, TrainingAudienceRules.Of([PortalRoles.EnterprisePrincipal], "总经理"));
        Assert.Equal(TrainingAudience.SafetyManager, TrainingAudienceRules.Of([PortalRoles.EnterpriseSafetyManager], "安全主管"));
        Assert.Equal(TrainingAudience.Frontline, TrainingAudienceRules.Of([PortalRoles.Employee], "数控车工"));
    }

    [Fact]
    public void Staff_without_an_enterprise_role_count_as_frontline() =>
        Assert.Equal(TrainingAudience.Frontline, TrainingAudienceRules.Of([], null));

    [Theory]
    [InlineData("维修电工")]
    [InlineData("电焊工")]
    [InlineData("高处作业人员")]
    [InlineData("叉车司机")]
    public void Positions_of_the_special_operations_catalogue_add_special_operations(string position) =>
        Assert.Equal(TrainingAudience.Frontline | TrainingAudience.SpecialOperations, TrainingAudienceRules.Of([PortalRoles.Employee], position));

    [Fact]
    public void A_safety_manager_who_is_also_an_electrician_is_both()
    {
        var person = TrainingAudienceRules.Of([PortalRoles.EnterpriseSafetyManager], "安全员兼电工");
        Assert.Equal(TrainingAudience.SafetyManager | TrainingAudience.SpecialOperations, person);
        Assert.Equal(TrainingAudience.SafetyManager, TrainingAudienceRules.PrimaryOf(person));
    }

    [Fact]
    public void The_principal_role_wins_as_the_group_a_person_is_counted_in() =>
        Assert.Equal(TrainingAudience.Principal,
            TrainingAudienceRules.PrimaryOf(TrainingAudienceRules.Of([PortalRoles.EnterpriseSafetyManager, PortalRoles.EnterprisePrincipal], null)));

    [Theory]
    [InlineData(TrainingAudience.None, TrainingAudience.Frontline, true)]
    [InlineData(TrainingAudience.SpecialOperations, TrainingAudience.Frontline | TrainingAudience.SpecialOperations, true)]
    [InlineData(TrainingAudience.SpecialOperations, TrainingAudience.Frontline, false)]
    [InlineData(TrainingAudience.Principal | TrainingAudience.SafetyManager, TrainingAudience.SafetyManager, true)]
    [InlineData(TrainingAudience.Principal | TrainingAudience.SafetyManager, TrainingAudience.Frontline, false)]
    public void A_plan_matches_anyone_of_one_of_its_groups(TrainingAudience plan, TrainingAudience person, bool matches) =>
        Assert.Equal(matches, TrainingAudienceRules.Matches(plan, person));

    [Fact]
    public void A_change_of_unit_or_position_is_a_change_of_post_that_resets_workshop_and_team_levels()
    {
        var unit = Guid.NewGuid();
        var profile = new LearnerProfile { UnitId = unit, Position = "车工", ThreeLevelDone = SafetyPortal.Learning.Compliance.ThreeLevelTraining.All };
        Assert.False(profile.Follow(profile.EnterpriseId, unit, "车工", profile.Audience, null, new DateOnly(2026, 5, 1)));
        Assert.Null(profile.PostChangedOn);
        Assert.True(profile.Follow(profile.EnterpriseId, unit, "铣工", profile.Audience, null, new DateOnly(2026, 5, 2)));
        Assert.Equal(new DateOnly(2026, 5, 2), profile.PostChangedOn);
        Assert.Equal(SafetyPortal.Learning.Compliance.ThreeLevelTraining.Company, profile.ThreeLevelDone);
    }
}
