# 1 "func_dijkstra_matrix.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_dijkstra_matrix.sy" 2

const int INF = 1000000000;
int adj[20][20];
int dist[20];
int done[20];
int parent[20];

void print_path(int v) {
  if (parent[v] >= 0) {
    print_path(parent[v]);
    putch(45);
    putch(62);
  }
  putint(v);
}

int main() {
  int n = getint(), m = getint();
  int i = 0;
  while (i < n) {
    int j = 0;
    while (j < n) { adj[i][j] = INF; j = j + 1; }
    dist[i] = INF;
    parent[i] = -1;
    i = i + 1;
  }
  i = 0;
  while (i < m) {
    int u = getint(), v = getint(), w = getint();
    if (w < adj[u][v]) {
      adj[u][v] = w;
      adj[v][u] = w;
    }
    i = i + 1;
  }
  dist[0] = 0;
  int round = 0;
  while (round < n) {
    int best = -1;
    i = 0;
    while (i < n) {
      if (!done[i] && (best < 0 || dist[i] < dist[best])) best = i;
      i = i + 1;
    }
    if (dist[best] == INF) break;
    done[best] = 1;
    i = 0;
    while (i < n) {
      if (adj[best][i] != INF && dist[best] + adj[best][i] < dist[i]) {
        dist[i] = dist[best] + adj[best][i];
        parent[i] = best;
      }
      i = i + 1;
    }
    round = round + 1;
  }
  i = 0;
  int sum = 0;
  while (i < n) {
    putint(i);
    putch(58);
    if (dist[i] == INF) {
      putf(" unreachable\n");
    } else {
      putf(" %d via ", dist[i]);
      print_path(i);
      putch(10);
      sum = sum + dist[i];
    }
    i = i + 1;
  }
  return sum % 256;
}
