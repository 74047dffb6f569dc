using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Web.Hosting;

/// <summary>API errors as ProblemDetails: invalid input 400 with the fields, missing 404, edited by someone else 409.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizer<SharedResource> text) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!PortalWebExtensions.IsApi(context))
        {
            return false;
        }
        ProblemDetails? problem = exception switch
        {
            ValidationException invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Problem:Validation"],
            },
            ForbiddenException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = text["Problem:Forbidden"], Detail = forbidden.Message },
            EntityNotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = text["Problem:NotFound"] },
            DbUpdateConcurrencyException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = text["Problem:Conflict"] },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
