using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.MustRead;

namespace SafetyPortal.Articles.Areas.Articles.Pages.MustRead;

/// <summary>我的必读: the articles the signed-in user has to read, open ones first.</summary>
[Authorize(Policy = ArticlesPermissions.CaseWarnings.Default)]
public sealed class MineModel(ReadMustRead read) : PageModel
{
    public IReadOnlyList<MyMustReadDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await read.MineAsync(cancellationToken);
}
