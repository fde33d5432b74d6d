package io.j8s.apimachinery.protobuf;

import static io.j8s.apimachinery.protobuf.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Bodies captured from kubectl v1.32.4 (a stub server logging what it POSTs with
 * {@code Content-Type: application/vnd.kubernetes.protobuf}) decode to the objects the commands mean,
 * as {@code kubectl create ... --dry-run=client -o json} shows them.
 */
class RealKubectlBodiesTest {

    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();

    private static byte[] captured(String name) {
        try (InputStream in = RealKubectlBodiesTest.class.getResourceAsStream("kubectl-1.32/" + name + ".pb")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void createDeploymentWithZeroReplicasAndAPort() {
        // kubectl create deployment web --image=nginx:1.27 --replicas=0 --port=80
        assertThat(protobuf.decode(captured("create-deployment"))).isEqualTo(json("{'kind':'Deployment',"
                + "'apiVersion':'apps/v1','metadata':{'name':'web','labels':{'app':'web'}},'spec':{'replicas':0,"
                + "'selector':{'matchLabels':{'app':'web'}},'template':{'metadata':{'labels':{'app':'web'}},"
                + "'spec':{'containers':[{'name':'nginx','image':'nginx:1.27','ports':[{'containerPort':80}],"
                + "'resources':{}}]}},'strategy':{}},'status':{}}"));
    }

    @Test
    void createConfigMapKeepsAnEmptyValue() {
        // kubectl create configmap cm --from-literal=k=v --from-literal=empty=
        assertThat(protobuf.decode(captured("create-configmap"))).isEqualTo(json("{'kind':'ConfigMap',"
                + "'apiVersion':'v1','metadata':{'name':'cm'},'data':{'empty':'','k':'v'}}"));
    }

    @Test
    void createSecretCarriesBase64Data() {
        // kubectl create secret generic sec --from-literal=password=hunter2
        assertThat(protobuf.decode(captured("create-secret"))).isEqualTo(json("{'kind':'Secret','apiVersion':'v1',"
                + "'metadata':{'name':'sec'},'data':{'password':'aHVudGVyMg=='}}"));
    }

    @Test
    void createServiceClusterIpHasANumericTargetPort() {
        // kubectl create service clusterip svc --tcp=80:8080
        assertThat(protobuf.decode(captured("create-service-clusterip"))).isEqualTo(json("{'kind':'Service',"
                + "'apiVersion':'v1','metadata':{'name':'svc','labels':{'app':'svc'}},'spec':{'ports':[{"
                + "'name':'80-8080','protocol':'TCP','port':80,'targetPort':8080}],'selector':{'app':'svc'},"
                + "'type':'ClusterIP'},'status':{'loadBalancer':{}}}"));
    }

    @Test
    void createJobAndCronJob() {
        // kubectl create job j --image=busybox -- echo hi
        assertThat(protobuf.decode(captured("create-job"))).isEqualTo(json("{'kind':'Job','apiVersion':'batch/v1',"
                + "'metadata':{'name':'j'},'spec':{'template':{'metadata':{},'spec':{'containers':[{'name':'j',"
                + "'image':'busybox','command':['echo','hi'],'resources':{}}],'restartPolicy':'Never'}}},"
                + "'status':{}}"));
        // kubectl create cronjob cj --image=busybox --schedule="*/1 * * * *"
        assertThat(protobuf.decode(captured("create-cronjob"))).isEqualTo(json("{'kind':'CronJob',"
                + "'apiVersion':'batch/v1','metadata':{'name':'cj'},'spec':{'schedule':'*/1 * * * *',"
                + "'jobTemplate':{'metadata':{'name':'cj'},'spec':{'template':{'metadata':{},'spec':{'containers':["
                + "{'name':'cj','image':'busybox','resources':{}}],'restartPolicy':'OnFailure'}}}}},'status':{}}"));
    }

    @Test
    void createPodDisruptionBudgetKeepsZeroesGoAlwaysShows() {
        // kubectl create poddisruptionbudget pdb --selector=app=web --min-available=0
        assertThat(protobuf.decode(captured("create-poddisruptionbudget"))).isEqualTo(json("{'kind':"
                + "'PodDisruptionBudget','apiVersion':'policy/v1','metadata':{'name':'pdb'},'spec':{"
                + "'minAvailable':0,'selector':{'matchLabels':{'app':'web'}}},'status':{'disruptionsAllowed':0,"
                + "'currentHealthy':0,'desiredHealthy':0,'expectedPods':0}}"));
    }

    @Test
    void createPriorityClassKeepsAZeroValue() {
        // kubectl create priorityclass pc --value=0
        assertThat(protobuf.decode(captured("create-priorityclass"))).isEqualTo(json("{'kind':'PriorityClass',"
                + "'apiVersion':'scheduling.k8s.io/v1','metadata':{'name':'pc'},'value':0,"
                + "'preemptionPolicy':'PreemptLowerPriority'}"));
    }

    @Test
    void authCanIAndWhoami() {
        // kubectl auth can-i create deployments.apps
        assertThat(protobuf.decode(captured("auth-can-i"))).isEqualTo(json("{'kind':'SelfSubjectAccessReview',"
                + "'apiVersion':'authorization.k8s.io/v1','metadata':{},'spec':{'resourceAttributes':{"
                + "'namespace':'default','verb':'create','group':'apps','resource':'deployments'}},"
                + "'status':{'allowed':false}}"));
        // kubectl auth whoami
        assertThat(protobuf.decode(captured("auth-whoami"))).isEqualTo(json("{'kind':'SelfSubjectReview',"
                + "'apiVersion':'authentication.k8s.io/v1','metadata':{},'status':{'userInfo':{}}}"));
    }

    @Test
    void reencodingWhatKubectlSentDecodesToTheSameObject() {
        for (String name : new String[] {"create-deployment", "create-service-clusterip", "create-cronjob",
                "create-poddisruptionbudget", "auth-can-i"}) {
            var decoded = protobuf.decode(captured(name));
            assertThat(protobuf.decode(protobuf.encode(decoded))).as(name).isEqualTo(decoded);
        }
    }
}
