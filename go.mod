module github.com/aussage/aussage

go 1.26.0

require golang.org/x/text v0.44.0
