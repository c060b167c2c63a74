// The Function App on the Flex Consumption plan: .NET 10 isolated worker, system-assigned identity,
// identity-based storage (no connection string, shared keys are off), the deployment package in a blob
// container read with that identity, and Cascade's settings.

@description('Azure region of the resources.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App (also the host name prefix).')
param name string

@description('Name of the storage account the app uses (AzureWebJobsStorage, identity-based).')
param storageAccountName string

@description('Blob endpoint of the storage account, ending with a slash.')
param storageBlobEndpoint string

@description('Blob container that holds the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('The workspace currency (Cascade__Currency).')
param currency string

@description('Origins allowed to post forms and page views (CORS and Cascade__Forms__AllowedOrigins).')
param formsAllowedOrigins array

@description('Webhook HMAC secrets by source name (Cascade__WebhookSecrets__<source>); empty values are left out.')
@secure()
param webhookSecrets object

@description('Upper bound of instances the plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Tags put on every resource; the app also gets azd-service-name so that azd deploy finds it.')
param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

// Flex Consumption takes the runtime from functionAppConfig, so FUNCTIONS_WORKER_RUNTIME and
// FUNCTIONS_EXTENSION_VERSION must not be app settings.
var baseSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  Cascade__Currency: currency
  Cascade__Forms__AllowedOrigins: join(formsAllowedOrigins, ';')
}

var secretSettings = toObject(
  filter(items(webhookSecrets), secret => !empty(secret.value)),
  secret => 'Cascade__WebhookSecrets__${secret.key}',
  secret => secret.value
)

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // No platform CORS: the form and collect functions answer their own preflights and refuse other
      // origins from Cascade__Forms__AllowedOrigins; a platform list would intercept the preflights.
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: union(baseSettings, secretSettings)
  }
}

output name string = app.name
output principalId string = app.identity.principalId
output defaultHostName string = app.properties.defaultHostName
