using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Menus;

namespace SafetyPortal.Articles.MustRead;

/// <summary>Services and menu of must-read assignments (必读); the permission is defined with the case warnings.</summary>
public static class MustReadServices
{
    public static IServiceCollection AddMustRead(this IServiceCollection services)
    {
        services.AddScoped<MustReadArticles>();
        services.AddScoped<MustReadCredit>();
        services.AddScoped<MustReadProgress>();
        services.AddScoped<AssignMustRead>();
        services.AddScoped<ReadMustRead>();
        services.AddScoped<MustReadPeople>();
        services.AddScoped<MustReadExport>();
        services.AddScoped<RemindMustRead>();
        return services;
    }

    public static void ConfigureMenu(MenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem("Articles.MyMustRead", "Menu:MyMustRead", typeof(ArticlesResource), "/Articles/MustRead/Mine", "bi-bookmark-check", 512,
            ArticlesPermissions.CaseWarnings.Default));
        menu.Add(new MenuItem("Articles.MustRead", "Menu:MustRead", typeof(ArticlesResource), "/Articles/MustRead", "bi-bookmark-star", 513,
            ArticlesPermissions.MustRead.Default));
    }
}
