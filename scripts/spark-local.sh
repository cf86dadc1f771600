#!/usr/bin/env bash
# Runs portfolio-spark's RenderJob in Spark local mode without a Spark installation, the way spark-submit runs it:
# Spark's own jars first on the class path (Spark 4.1.1 as released, resolved from Maven Central without this
# project's dependency management), then the shaded portfolio-spark.jar.
#   scripts/spark-local.sh --input FOLDER --output FOLDER [--formats html,pdf] [--lenient] ...  (RenderJob's options)
# Builds portfolio-spark/target/portfolio-spark.jar first when it is missing. SPARK_MASTER sets the master (local[2]).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/portfolio-spark/target/portfolio-spark.jar"
work="$root/target/spark-local"
repo=()
if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then
  repo=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q "${repo[@]}" -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -pl portfolio-spark -am package)
fi
spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$root/portfolio-spark/pom.xml")
mkdir -p "$work"
if [ ! -f "$work/spark-$spark_version.classpath" ]; then
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
    <version>$spark_version</version></dependency></dependencies></project>
POM
  "$root/mvnw" -B -q "${repo[@]}" -f "$work/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$work/spark-$spark_version.classpath"
fi
# the JVM options Spark's launcher adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions), as in the pom
read -r -a options <<< "$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/portfolio-spark/pom.xml")"
exec java "${options[@]}" -Dspark.master="${SPARK_MASTER:-local[2]}" -Dspark.ui.enabled=false \
  -cp "$(cat "$work/spark-$spark_version.classpath"):$jar" io.github.portfoliosdk.spark.RenderJob "$@"
