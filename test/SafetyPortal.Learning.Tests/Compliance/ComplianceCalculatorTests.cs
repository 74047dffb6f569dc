using SafetyPortal.Learning.Compliance;

namespace SafetyPortal.Learning.Tests.Compliance;

public class ComplianceCalculatorTests
{
    private const string Machinery = "C34";
    private const string Chemicals = "C26";
    private const string Retail = "F52";
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly RegulatoryHours Hours = RegulatoryHours.Statutory;

    private static ComplianceResult Evaluate(PersonCategory category, string industry, DateOnly started, decimal hoursThisYear,
        int year = 2026, DateOnly? postChanged = null, DateOnly? absentFrom = null, DateOnly? returned = null,
        ThreeLevelTraining threeLevel = ThreeLevelTraining.All, IReadOnlyList<LedgerHours>? ledger = null) =>
        ComplianceCalculator.Evaluate(new ComplianceInput(category, industry, started, postChanged, absentFrom, returned, threeLevel,
            ledger ?? [new LedgerHours(new DateOnly(year, 3, 1), hoursThisYear)]), year, Today, Hours);

    [Theory]
    [InlineData(PersonCategory.Principal)]
    [InlineData(PersonCategory.SafetyManager)]
    public void New_principal_or_safety_manager_needs_32_hours_of_initial_training(PersonCategory category)
    {
        var short31 = Evaluate(category, Machinery, new DateOnly(2026, 2, 1), 31.5m);
        Assert.Equal((TrainingRequirementKind.Initial, 32m, ComplianceStatus.InProgress), (short31.Kind, short31.RequiredHours, short31.Status));
        Assert.Equal(0.5m, short31.MissingHours);
        Assert.Equal(ComplianceStatus.Compliant, Evaluate(category, Machinery, new DateOnly(2026, 2, 1), 32).Status);
    }

    [Fact]
    public void Manager_in_a_later_year_needs_a_12_hour_refresher()
    {
        var result = Evaluate(PersonCategory.SafetyManager, Machinery, new DateOnly(2020, 5, 1), 12);
        Assert.Equal((TrainingRequirementKind.Refresher, 12m, ComplianceStatus.Compliant), (result.Kind, result.RequiredHours, result.Status));
    }

    [Fact]
    public void High_risk_managers_need_48_hours_initially_and_16_a_year()
    {
        var initial = Evaluate(PersonCategory.Principal, Chemicals, new DateOnly(2026, 1, 10), 40);
        Assert.True(initial.HighRiskSector);
        Assert.Equal((48m, ComplianceStatus.InProgress), (initial.RequiredHours, initial.Status));
        var refresher = Evaluate(PersonCategory.Principal, "B0610", new DateOnly(2019, 1, 10), 16);
        Assert.Equal((TrainingRequirementKind.Refresher, 16m, ComplianceStatus.Compliant), (refresher.Kind, refresher.RequiredHours, refresher.Status));
    }

    [Fact]
    public void New_frontline_staff_need_24_hours_before_starting_work()
    {
        var result = Evaluate(PersonCategory.Frontline, Retail, new DateOnly(2026, 6, 1), 24);
        Assert.Equal((TrainingRequirementKind.PreJob, 24m, ComplianceStatus.Compliant), (result.Kind, result.RequiredHours, result.Status));
    }

    [Fact]
    public void New_frontline_staff_in_high_risk_sectors_need_72_hours_then_20_a_year()
    {
        var first = Evaluate(PersonCategory.Frontline, "C3120", new DateOnly(2026, 6, 1), 70, threeLevel: ThreeLevelTraining.All);
        Assert.Equal((TrainingRequirementKind.PreJob, 72m, ComplianceStatus.InProgress), (first.Kind, first.RequiredHours, first.Status));
        var later = Evaluate(PersonCategory.Frontline, "C3120", new DateOnly(2024, 6, 1), 19);
        Assert.Equal((TrainingRequirementKind.Refresher, 20m, ComplianceStatus.InProgress), (later.Kind, later.RequiredHours, later.Status));
    }

    [Fact]
    public void Frontline_staff_outside_high_risk_sectors_have_no_yearly_minimum_by_default()
    {
        var result = Evaluate(PersonCategory.Frontline, Retail, new DateOnly(2020, 1, 1), 0);
        Assert.Equal((0m, ComplianceStatus.Compliant), (result.RequiredHours, result.Status));
    }

    [Fact]
    public void A_missing_requirement_of_a_past_year_is_non_compliant()
    {
        var result = Evaluate(PersonCategory.SafetyManager, Machinery, new DateOnly(2020, 1, 1), 11, year: 2025);
        Assert.Equal(ComplianceStatus.NonCompliant, result.Status);
    }

    [Fact]
    public void Only_hours_of_the_year_asked_for_count()
    {
        var ledger = new[] { new LedgerHours(new DateOnly(2025, 12, 31), 30), new LedgerHours(new DateOnly(2026, 1, 1), 5) };
        var result = Evaluate(PersonCategory.SafetyManager, Machinery, new DateOnly(2020, 1, 1), 0, ledger: ledger);
        Assert.Equal((5m, ComplianceStatus.InProgress), (result.EarnedHours, result.Status));
    }

    [Fact]
    public void Someone_not_yet_on_the_staff_has_nothing_required()
    {
        var result = Evaluate(PersonCategory.Frontline, Machinery, new DateOnly(2027, 1, 1), 0);
        Assert.Equal((TrainingRequirementKind.None, ComplianceStatus.NotRequired), (result.Kind, result.Status));
    }

    [Fact]
    public void New_manufacturing_frontline_staff_need_all_three_levels()
    {
        var missingTeam = Evaluate(PersonCategory.Frontline, Machinery, new DateOnly(2026, 3, 1), 30,
            threeLevel: ThreeLevelTraining.Company | ThreeLevelTraining.Workshop);
        Assert.Equal((ThreeLevelTraining.All, ThreeLevelTraining.Team, ComplianceStatus.InProgress),
            (missingTeam.ThreeLevelRequired, missingTeam.ThreeLevelMissing, missingTeam.Status));
        Assert.Equal(ComplianceStatus.Compliant, Evaluate(PersonCategory.Frontline, Machinery, new DateOnly(2026, 3, 1), 30).Status);
    }

    [Fact]
    public void Three_levels_apply_neither_outside_manufacturing_nor_to_managers()
    {
        Assert.Equal(ThreeLevelTraining.None, Evaluate(PersonCategory.Frontline, Retail, new DateOnly(2026, 3, 1), 30, threeLevel: 0).ThreeLevelRequired);
        Assert.Equal(ThreeLevelTraining.None, Evaluate(PersonCategory.SafetyManager, Machinery, new DateOnly(2026, 3, 1), 32, threeLevel: 0).ThreeLevelRequired);
    }

    [Fact]
    public void A_change_of_post_calls_for_retraining_hours_earned_after_it_and_workshop_and_team_levels()
    {
        var ledger = new[] { new LedgerHours(new DateOnly(2026, 2, 1), 20), new LedgerHours(new DateOnly(2026, 7, 1), 5) };
        var result = Evaluate(PersonCategory.Frontline, Machinery, new DateOnly(2018, 1, 1), 0, postChanged: new DateOnly(2026, 6, 15),
            threeLevel: ThreeLevelTraining.Company, ledger: ledger);
        Assert.Equal(new DateOnly(2026, 6, 15), result.RetrainingSince);
        Assert.Equal((8m, 5m), (result.RetrainingRequiredHours, result.RetrainingEarnedHours));
        Assert.Equal(ThreeLevelTraining.Workshop | ThreeLevelTraining.Team, result.ThreeLevelMissing);
        Assert.Equal(ComplianceStatus.InProgress, result.Status);
    }

    [Fact]
    public void A_change_of_post_in_an_earlier_year_calls_for_nothing_this_year()
    {
        var result = Evaluate(PersonCategory.Frontline, Retail, new DateOnly(2018, 1, 1), 0, postChanged: new DateOnly(2025, 6, 15));
        Assert.Equal((null, 0m, ComplianceStatus.Compliant), (result.RetrainingSince, result.RetrainingRequiredHours, result.Status));
    }

    [Fact]
    public void A_return_after_a_year_away_calls_for_retraining()
    {
        var result = Evaluate(PersonCategory.Frontline, Retail, new DateOnly(2015, 1, 1), 0, absentFrom: new DateOnly(2025, 3, 1),
            returned: new DateOnly(2026, 3, 1), ledger: [new LedgerHours(new DateOnly(2026, 3, 2), 8)]);
        Assert.Equal((new DateOnly(2026, 3, 1), 8m, ComplianceStatus.Compliant), (result.RetrainingSince, result.RetrainingEarnedHours, result.Status));
    }

    [Fact]
    public void A_return_after_less_than_a_year_calls_for_no_retraining()
    {
        var result = Evaluate(PersonCategory.Frontline, Retail, new DateOnly(2015, 1, 1), 0, absentFrom: new DateOnly(2025, 3, 2),
            returned: new DateOnly(2026, 3, 1));
        Assert.Null(result.RetrainingSince);
        Assert.Equal(ComplianceStatus.Compliant, result.Status);
    }

    [Fact]
    public void Hours_earned_before_the_change_of_post_do_not_count_as_retraining()
    {
        var ledger = new[] { new LedgerHours(new DateOnly(2026, 6, 14), 12) };
        var result = Evaluate(PersonCategory.SafetyManager, Retail, new DateOnly(2018, 1, 1), 0, postChanged: new DateOnly(2026, 6, 15), ledger: ledger);
        Assert.Equal((12m, 0m, ComplianceStatus.InProgress), (result.EarnedHours, result.RetrainingEarnedHours, result.Status));
    }

    [Fact]
    public void A_town_may_raise_the_hours_but_not_lower_them_below_the_statute()
    {
        var town = new RegulatoryHours(ManagerInitial: 40, ManagerRefresher: 6).AtLeastStatutory();
        Assert.Equal((40m, 12m), (town.ManagerInitial, town.ManagerRefresher));
        var result = ComplianceCalculator.Evaluate(new ComplianceInput(PersonCategory.Principal, Retail, new DateOnly(2026, 1, 1), null, null, null,
            ThreeLevelTraining.None, [new LedgerHours(new DateOnly(2026, 2, 1), 32)]), 2026, Today, town);
        Assert.Equal((40m, ComplianceStatus.InProgress), (result.RequiredHours, result.Status));
    }
}
