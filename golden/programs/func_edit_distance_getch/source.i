# 1 "func_edit_distance_getch.sy"
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
# 1 "func_edit_distance_getch.sy" 2

int s1[64], s2[64];
int d[65][65];

int read_line(int buf[]) {
  int n = 0;
  int c = getch();
  if (c == -1) return -1;
  while (c != 10 && c != -1) {
    if (n < 64) {
      buf[n] = c;
      n = n + 1;
    }
    c = getch();
  }
  return n;
}

int min3(int a, int b, int c) {
  int m = a;
  if (b < m) m = b;
  if (c < m) m = c;
  return m;
}

int distance(int n, int m) {
  int i = 0;
  while (i <= n) { d[i][0] = i; i = i + 1; }
  int j = 0;
  while (j <= m) { d[0][j] = j; j = j + 1; }
  i = 1;
  while (i <= n) {
    j = 1;
    while (j <= m) {
      int cost = 1;
      if (s1[i - 1] == s2[j - 1]) cost = 0;
      d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      j = j + 1;
    }
    i = i + 1;
  }
  return d[n][m];
}

int main() {
  int total = 0, pairs = 0;
  while (1) {
    int n = read_line(s1);
    if (n < 0) break;
    int m = read_line(s2);
    if (m < 0) break;
    int dist = distance(n, m);
    putf("pair %d: %d\n", pairs, dist);
    total = total + dist;
    pairs = pairs + 1;
  }
  return total;
}
