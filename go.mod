module github.com/aussage/aussage

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/piprate/json-gold v0.9.1
	github.com/stretchr/testify v1.11.1
	golang.org/x/text v0.44.0
)

require (
	github.com/cayleygraph/quad v1.3.0 // indirect
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/pquerna/cachecontrol v0.2.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
