using SafetyPortal.Platform.Menus;

namespace SafetyPortal.Learning.Plans;

/// <summary>Menu entries of "my learning", training plans and tracking.</summary>
public static class TrainingPlanMenus
{
    public static void Add(MenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem("Learning.My", "Menu:MyLearning", typeof(LearningResource),
            "/Learning/My", "bi-mortarboard", 300, LearningPermissions.Courses.Default));
        menu.Add(new MenuItem("Learning.Plans", "Menu:Plans", typeof(LearningResource),
            "/Learning/Plans", "bi-calendar-check", 310, LearningPermissions.Plans.Default));
        menu.Add(new MenuItem("Learning.Tracking", "Menu:Tracking", typeof(LearningResource),
            "/Learning/Tracking", "bi-clipboard-data", 320, LearningPermissions.Tracking.Default));
    }
}
