using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Hosting;

/// <summary>Cross-origin access as configured in <c>CoopGraph:Cors</c>; off (no CORS headers at all) when no origin is listed.</summary>
internal static class CorsSetup
{
    public static IHostApplicationBuilder AddCoopGraphCors(this IHostApplicationBuilder builder)
    {
        var cors = builder.Configuration.GetSection(CoopGraphOptions.SectionName).Get<CoopGraphOptions>()?.Cors ?? new CorsOptions();
        if (cors.AllowedOrigins.Length == 0)
        {
            return builder;
        }

        builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (cors.AllowedOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(cors.AllowedOrigins);
                if (cors.AllowCredentials)
                {
                    policy.AllowCredentials();
                }
            }

            policy.WithMethods(HttpMethods.Get, HttpMethods.Post).AllowAnyHeader().SetPreflightMaxAge(cors.PreflightMaxAge);
        }));
        return builder;
    }

    public static IApplicationBuilder UseCoopGraphCors(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<Microsoft.AspNetCore.Cors.Infrastructure.ICorsService>() is not null)
        {
            app.UseCors();
        }

        return app;
    }
}
