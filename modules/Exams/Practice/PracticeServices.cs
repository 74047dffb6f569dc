using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Exams;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// Services, setting and menu of practice (练习) and the mistake book (错题本). Both are for everyone who takes exams
/// (<see cref="ExamsPermissions.Exams.Default"/>).
/// </summary>
public static class PracticeServices
{
    public static IServiceCollection AddPractice(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MistakeBookOptions>(configuration.GetSection(MistakeBookOptions.Section));
        services.AddScoped<MistakeBook>();
        services.AddScoped<ExamMistakes>();
        services.AddHostedService<MistakeBookWorker>();
        services.AddScoped<PracticeTallies>();
        services.AddScoped<PracticeDraw>();
        services.AddScoped<PracticeAnswers>();
        services.AddScoped<IRelatedQuestions, RelatedQuestions>();
        return services;
    }

    public static void DefineSettings(SettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(new SettingDefinition(PracticeSettings.MasteryRun, PracticeSettings.DefaultMasteryRun.ToString(CultureInfo.InvariantCulture),
            "Setting:MasteryRun", typeof(ExamsResource), SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
    }

    public static void ConfigureMenu(MenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem("Exams.Practice", "Menu:Practice", typeof(ExamsResource), "/Exams/Practice", "bi-lightning-charge", 402,
            ExamsPermissions.Exams.Default));
        menu.Add(new MenuItem("Exams.Mistakes", "Menu:Mistakes", typeof(ExamsResource), "/Exams/Mistakes", "bi-journal-x", 403,
            ExamsPermissions.Exams.Default));
    }
}
