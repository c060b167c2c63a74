// Cascade in one resource group: storage (tables, queues, deployment package; shared keys off), the
// Function App on Flex Consumption with a system-assigned identity and the storage data roles, and
// Application Insights over a Log Analytics workspace. Deploy with `azd up` or
// `az deployment group create --template-file infra/main.bicep --parameters infra/main.bicepparam`.

targetScope = 'resourceGroup'

@description('Name of the environment (azd AZURE_ENV_NAME); part of every resource name.')
@minLength(1)
@maxLength(32)
param environmentName string

@description('Azure region of the resources; Flex Consumption must be available there.')
param location string = resourceGroup().location

@description('The workspace currency: payloads in another currency are refused.')
@minLength(3)
@maxLength(3)
param currency string = 'EUR'

@description('Origins allowed to post forms and page views, e.g. https://www.acme.com.')
param formsAllowedOrigins array = []

@description('Webhook HMAC secrets by source name, e.g. { segment: \'...\' }; empty values are left out.')
@secure()
param webhookSecrets object = {}

@description('Upper bound of instances the Flex Consumption plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

// Cascade's tables (StorageNames.Tables) and queues with their poison queues (QueueNames.All).
var tableNames = [
  'Touchpoints'
  'Identities'
  'Accounts'
  'PeopleByShard'
  'Opportunities'
  'Attribution'
  'WaterfallSnapshots'
  'EdgeEvents'
  'LeadFacts'
  'OpportunityLinks'
  'PendingEvaluations'
  'AttributionPeriods'
  'Spend'
  'LeadPeriods'
  'OpportunityQuarters'
  'Customers'
  'CustomerFacts'
]
var workQueues = [
  'touchpoints'
  'opportunities'
  'transitions'
  'attribution'
  'rebuild'
]
var queueNames = concat(workQueues, map(workQueues, queue => '${queue}-poison'))

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = 'func-cascade-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    logAnalyticsName: 'log-cascade-${resourceToken}'
    applicationInsightsName: 'appi-cascade-${resourceToken}'
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: 'stcascade${take(resourceToken, 15)}'
    deploymentContainerName: deploymentContainerName
    tableNames: tableNames
    queueNames: queueNames
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    planName: 'plan-cascade-${resourceToken}'
    name: functionAppName
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    currency: currency
    formsAllowedOrigins: formsAllowedOrigins
    webhookSecrets: webhookSecrets
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    storageAccountName: storage.outputs.name
    principalId: functionApp.outputs.principalId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

var baseUrl = 'https://${functionApp.outputs.defaultHostName}'

@description('Name of the Function App (az functionapp keys, azd deploy).')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Name of the storage account (backups, poison queues).')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Base URL of the Function App.')
output FUNCTION_APP_URL string = baseUrl

@description('Where website forms post: append the form id.')
output FORMS_URL string = '${baseUrl}/api/forms'

@description('Where the website snippet sends page views.')
output COLLECT_URL string = '${baseUrl}/api/collect'

@description('Health probe (anonymous).')
output HEALTH_URL string = '${baseUrl}/api/health'
