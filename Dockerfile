# syntax=docker/dockerfile:1
# Build: the SDK image plus npm, which installs the IDE's files from src/CoopGraph.Host/Ide/package-lock.json.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/CoopGraph.Host -c Release -o /app

# Run: the ASP.NET runtime only. The data file lives in the /data volume; an empty store seeds itself on start.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    COOPGRAPH_DATA=/data/coopgraph.db
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "coopgraph.dll"]
