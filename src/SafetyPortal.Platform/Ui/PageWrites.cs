using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Platform.Ui;

/// <summary>
/// A page handler's write: what the use case refuses (field errors under the form's prefix, a stale concurrency stamp,
/// a refusal of the action) lands in the page's model state, and the page is shown again with it.
/// </summary>
public static class PageWrites
{
    public static async Task<IActionResult> RunAsync(this ModelStateDictionary modelState, Func<Task<IActionResult>> write, string prefix,
        string changedMeanwhile, Func<Task<IActionResult>> showAgain)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(showAgain);
        try
        {
            return await write();
        }
        catch (ValidationException ex)
        {
            modelState.AddValidationErrors(ex, prefix);
        }
        catch (DbUpdateConcurrencyException)
        {
            modelState.AddModelError("", changedMeanwhile);
        }
        catch (ForbiddenException ex)
        {
            modelState.AddModelError("", ex.Message);
        }
        return await showAgain();
    }
}
