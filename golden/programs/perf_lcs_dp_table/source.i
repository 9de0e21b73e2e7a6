# 1 "perf_lcs_dp_table.sy"
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
# 1 "perf_lcs_dp_table.sy" 2

int x[1200];
int y[1200];
int dp[1201][1201];

int max2(int a, int b) {
  if (a > b) return a;
  return b;
}

int main() {
  int n = getint(), m = getint(), alphabet = getint();
  int s = 99, i = 0;
  while (i < n) { s = (s * 75 + 74) % 65537; x[i] = s % alphabet; i = i + 1; }
  i = 0;
  while (i < m) { s = (s * 75 + 74) % 65537; y[i] = s % alphabet; i = i + 1; }
  starttime();
  i = 1;
  while (i <= n) {
    int j = 1;
    while (j <= m) {
      if (x[i - 1] == y[j - 1]) dp[i][j] = dp[i - 1][j - 1] + 1;
      else dp[i][j] = max2(dp[i - 1][j], dp[i][j - 1]);
      j = j + 1;
    }
    i = i + 1;
  }
  stoptime();
  putf("lcs=%d\n", dp[n][m]);
  putint(dp[n / 2][m / 2]); putch(10);
  return dp[n][m] % 256;
}
