# 1 "func_coin_change_ways.sy"
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
# 1 "func_coin_change_ways.sy" 2

const int MOD = 1000000007;
int ways[1001];
int fewest[1001];

int main() {
  int coins[6] = {1, 2, 5, 10, 20, 50};
  int target = getint();
  ways[0] = 1;
  int c = 0;
  while (c < 6) {
    int v = coins[c];
    while (v <= target) {
      ways[v] = (ways[v] + ways[v - coins[c]]) % MOD;
      v = v + 1;
    }
    c = c + 1;
  }
  int v = 1;
  fewest[0] = 0;
  while (v <= target) {
    fewest[v] = target + 1;
    c = 0;
    while (c < 6) {
      if (coins[c] <= v && fewest[v - coins[c]] + 1 < fewest[v])
        fewest[v] = fewest[v - coins[c]] + 1;
      c = c + 1;
    }
    v = v + 1;
  }
  putf("ways(%d)=%d\n", target, ways[target]);
  putf("fewest(%d)=%d\n", target, fewest[target]);
  putf("ways(100)=%d fewest(99)=%d\n", ways[100], fewest[99]);
  return ways[target] % 256;
}
