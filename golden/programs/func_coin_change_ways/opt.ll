; ModuleID = 'func_coin_change_ways.sy'
source_filename = "func_coin_change_ways.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@MOD = dso_local local_unnamed_addr constant i32 1000000007, align 4
@ways = dso_local local_unnamed_addr global [1001 x i32] zeroinitializer, align 16
@fewest = dso_local local_unnamed_addr global [1001 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [13 x i8] c"ways(%d)=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"fewest(%d)=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"ways(100)=%d fewest(99)=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #2
  store i32 1, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @ways, i64 0, i64 0), align 16, !tbaa !5
  %2 = add i32 %1, 1
  %3 = icmp slt i32 %1, 1
  br i1 %3, label %4, label %5

4:                                                ; preds = %0
  store i32 0, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @fewest, i64 0, i64 0), align 16, !tbaa !5
  br label %304

5:                                                ; preds = %0
  %6 = zext i32 %2 to i64
  %7 = load i32, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @ways, i64 0, i64 0), align 16
  %8 = add nsw i64 %6, -1
  %9 = add nsw i64 %6, -2
  %10 = and i64 %8, 1
  %11 = icmp eq i64 %9, 0
  br i1 %11, label %30, label %12

12:                                               ; preds = %5
  %13 = and i64 %8, -2
  br label %14

14:                                               ; preds = %14, %12
  %15 = phi i32 [ %7, %12 ], [ %26, %14 ]
  %16 = phi i64 [ 1, %12 ], [ %27, %14 ]
  %17 = phi i64 [ 0, %12 ], [ %28, %14 ]
  %18 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %16
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = add nsw i32 %15, %19
  %21 = srem i32 %20, 1000000007
  store i32 %21, i32* %18, align 4, !tbaa !5
  %22 = add nuw nsw i64 %16, 1
  %23 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = add nsw i32 %21, %24
  %26 = srem i32 %25, 1000000007
  store i32 %26, i32* %23, align 4, !tbaa !5
  %27 = add nuw nsw i64 %16, 2
  %28 = add i64 %17, 2
  %29 = icmp eq i64 %28, %13
  br i1 %29, label %30, label %14, !llvm.loop !9

30:                                               ; preds = %14, %5
  %31 = phi i32 [ %7, %5 ], [ %26, %14 ]
  %32 = phi i64 [ 1, %5 ], [ %27, %14 ]
  %33 = icmp eq i64 %10, 0
  br i1 %33, label %39, label %34

34:                                               ; preds = %30
  %35 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %32
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nsw i32 %31, %36
  %38 = srem i32 %37, 1000000007
  store i32 %38, i32* %35, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %30, %34
  %40 = icmp slt i32 %1, 2
  br i1 %40, label %238, label %41

41:                                               ; preds = %39
  %42 = and i64 %6, 1
  %43 = icmp eq i32 %2, 3
  br i1 %43, label %67, label %44

44:                                               ; preds = %41
  %45 = and i64 %9, -2
  br label %46

46:                                               ; preds = %46, %44
  %47 = phi i64 [ 2, %44 ], [ %64, %46 ]
  %48 = phi i64 [ 0, %44 ], [ %65, %46 ]
  %49 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %47
  %50 = load i32, i32* %49, align 8, !tbaa !5
  %51 = add nsw i64 %47, -2
  %52 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %51
  %53 = load i32, i32* %52, align 8, !tbaa !5
  %54 = add nsw i32 %53, %50
  %55 = srem i32 %54, 1000000007
  store i32 %55, i32* %49, align 8, !tbaa !5
  %56 = or i64 %47, 1
  %57 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %56
  %58 = load i32, i32* %57, align 4, !tbaa !5
  %59 = add nsw i64 %47, -1
  %60 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %59
  %61 = load i32, i32* %60, align 4, !tbaa !5
  %62 = add nsw i32 %61, %58
  %63 = srem i32 %62, 1000000007
  store i32 %63, i32* %57, align 4, !tbaa !5
  %64 = add nuw nsw i64 %47, 2
  %65 = add i64 %48, 2
  %66 = icmp eq i64 %65, %45
  br i1 %66, label %67, label %46, !llvm.loop !9

67:                                               ; preds = %46, %41
  %68 = phi i64 [ 2, %41 ], [ %64, %46 ]
  %69 = icmp eq i64 %42, 0
  br i1 %69, label %78, label %70

70:                                               ; preds = %67
  %71 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %68
  %72 = load i32, i32* %71, align 4, !tbaa !5
  %73 = add nsw i64 %68, -2
  %74 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %73
  %75 = load i32, i32* %74, align 4, !tbaa !5
  %76 = add nsw i32 %75, %72
  %77 = srem i32 %76, 1000000007
  store i32 %77, i32* %71, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %67, %70
  %79 = icmp slt i32 %1, 5
  br i1 %79, label %238, label %80

80:                                               ; preds = %78
  %81 = add nsw i64 %6, -5
  %82 = and i64 %81, 1
  %83 = icmp eq i32 %2, 6
  br i1 %83, label %107, label %84

84:                                               ; preds = %80
  %85 = and i64 %81, -2
  br label %86

86:                                               ; preds = %86, %84
  %87 = phi i64 [ 5, %84 ], [ %104, %86 ]
  %88 = phi i64 [ 0, %84 ], [ %105, %86 ]
  %89 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %87
  %90 = load i32, i32* %89, align 4, !tbaa !5
  %91 = add nsw i64 %87, -5
  %92 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %91
  %93 = load i32, i32* %92, align 4, !tbaa !5
  %94 = add nsw i32 %93, %90
  %95 = srem i32 %94, 1000000007
  store i32 %95, i32* %89, align 4, !tbaa !5
  %96 = add nuw nsw i64 %87, 1
  %97 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %96
  %98 = load i32, i32* %97, align 4, !tbaa !5
  %99 = add nsw i64 %87, -4
  %100 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %99
  %101 = load i32, i32* %100, align 4, !tbaa !5
  %102 = add nsw i32 %101, %98
  %103 = srem i32 %102, 1000000007
  store i32 %103, i32* %97, align 4, !tbaa !5
  %104 = add nuw nsw i64 %87, 2
  %105 = add i64 %88, 2
  %106 = icmp eq i64 %105, %85
  br i1 %106, label %107, label %86, !llvm.loop !9

107:                                              ; preds = %86, %80
  %108 = phi i64 [ 5, %80 ], [ %104, %86 ]
  %109 = icmp eq i64 %82, 0
  br i1 %109, label %118, label %110

110:                                              ; preds = %107
  %111 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %108
  %112 = load i32, i32* %111, align 4, !tbaa !5
  %113 = add nsw i64 %108, -5
  %114 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %113
  %115 = load i32, i32* %114, align 4, !tbaa !5
  %116 = add nsw i32 %115, %112
  %117 = srem i32 %116, 1000000007
  store i32 %117, i32* %111, align 4, !tbaa !5
  br label %118

118:                                              ; preds = %107, %110
  %119 = icmp slt i32 %1, 10
  br i1 %119, label %238, label %120

120:                                              ; preds = %118
  %121 = and i64 %6, 1
  %122 = icmp eq i32 %2, 11
  br i1 %122, label %147, label %123

123:                                              ; preds = %120
  %124 = add nsw i64 %6, -10
  %125 = and i64 %124, -2
  br label %126

126:                                              ; preds = %126, %123
  %127 = phi i64 [ 10, %123 ], [ %144, %126 ]
  %128 = phi i64 [ 0, %123 ], [ %145, %126 ]
  %129 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %127
  %130 = load i32, i32* %129, align 8, !tbaa !5
  %131 = add nsw i64 %127, -10
  %132 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %131
  %133 = load i32, i32* %132, align 8, !tbaa !5
  %134 = add nsw i32 %133, %130
  %135 = srem i32 %134, 1000000007
  store i32 %135, i32* %129, align 8, !tbaa !5
  %136 = or i64 %127, 1
  %137 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %136
  %138 = load i32, i32* %137, align 4, !tbaa !5
  %139 = add nsw i64 %127, -9
  %140 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %139
  %141 = load i32, i32* %140, align 4, !tbaa !5
  %142 = add nsw i32 %141, %138
  %143 = srem i32 %142, 1000000007
  store i32 %143, i32* %137, align 4, !tbaa !5
  %144 = add nuw nsw i64 %127, 2
  %145 = add i64 %128, 2
  %146 = icmp eq i64 %145, %125
  br i1 %146, label %147, label %126, !llvm.loop !9

147:                                              ; preds = %126, %120
  %148 = phi i64 [ 10, %120 ], [ %144, %126 ]
  %149 = icmp eq i64 %121, 0
  br i1 %149, label %158, label %150

150:                                              ; preds = %147
  %151 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %148
  %152 = load i32, i32* %151, align 4, !tbaa !5
  %153 = add nsw i64 %148, -10
  %154 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %153
  %155 = load i32, i32* %154, align 4, !tbaa !5
  %156 = add nsw i32 %155, %152
  %157 = srem i32 %156, 1000000007
  store i32 %157, i32* %151, align 4, !tbaa !5
  br label %158

158:                                              ; preds = %147, %150
  %159 = icmp slt i32 %1, 20
  br i1 %159, label %238, label %160

160:                                              ; preds = %158
  %161 = and i64 %6, 1
  %162 = icmp eq i32 %2, 21
  br i1 %162, label %187, label %163

163:                                              ; preds = %160
  %164 = add nsw i64 %6, -20
  %165 = and i64 %164, -2
  br label %166

166:                                              ; preds = %166, %163
  %167 = phi i64 [ 20, %163 ], [ %184, %166 ]
  %168 = phi i64 [ 0, %163 ], [ %185, %166 ]
  %169 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %167
  %170 = load i32, i32* %169, align 8, !tbaa !5
  %171 = add nsw i64 %167, -20
  %172 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %171
  %173 = load i32, i32* %172, align 8, !tbaa !5
  %174 = add nsw i32 %173, %170
  %175 = srem i32 %174, 1000000007
  store i32 %175, i32* %169, align 8, !tbaa !5
  %176 = or i64 %167, 1
  %177 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %176
  %178 = load i32, i32* %177, align 4, !tbaa !5
  %179 = add nsw i64 %167, -19
  %180 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %179
  %181 = load i32, i32* %180, align 4, !tbaa !5
  %182 = add nsw i32 %181, %178
  %183 = srem i32 %182, 1000000007
  store i32 %183, i32* %177, align 4, !tbaa !5
  %184 = add nuw nsw i64 %167, 2
  %185 = add i64 %168, 2
  %186 = icmp eq i64 %185, %165
  br i1 %186, label %187, label %166, !llvm.loop !9

187:                                              ; preds = %166, %160
  %188 = phi i64 [ 20, %160 ], [ %184, %166 ]
  %189 = icmp eq i64 %161, 0
  br i1 %189, label %198, label %190

190:                                              ; preds = %187
  %191 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %188
  %192 = load i32, i32* %191, align 4, !tbaa !5
  %193 = add nsw i64 %188, -20
  %194 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %193
  %195 = load i32, i32* %194, align 4, !tbaa !5
  %196 = add nsw i32 %195, %192
  %197 = srem i32 %196, 1000000007
  store i32 %197, i32* %191, align 4, !tbaa !5
  br label %198

198:                                              ; preds = %187, %190
  %199 = icmp slt i32 %1, 50
  br i1 %199, label %238, label %200

200:                                              ; preds = %198
  %201 = and i64 %6, 1
  %202 = icmp eq i32 %2, 51
  br i1 %202, label %227, label %203

203:                                              ; preds = %200
  %204 = add nsw i64 %6, -50
  %205 = and i64 %204, -2
  br label %206

206:                                              ; preds = %206, %203
  %207 = phi i64 [ 50, %203 ], [ %224, %206 ]
  %208 = phi i64 [ 0, %203 ], [ %225, %206 ]
  %209 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %207
  %210 = load i32, i32* %209, align 8, !tbaa !5
  %211 = add nsw i64 %207, -50
  %212 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %211
  %213 = load i32, i32* %212, align 8, !tbaa !5
  %214 = add nsw i32 %213, %210
  %215 = srem i32 %214, 1000000007
  store i32 %215, i32* %209, align 8, !tbaa !5
  %216 = or i64 %207, 1
  %217 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %216
  %218 = load i32, i32* %217, align 4, !tbaa !5
  %219 = add nsw i64 %207, -49
  %220 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %219
  %221 = load i32, i32* %220, align 4, !tbaa !5
  %222 = add nsw i32 %221, %218
  %223 = srem i32 %222, 1000000007
  store i32 %223, i32* %217, align 4, !tbaa !5
  %224 = add nuw nsw i64 %207, 2
  %225 = add i64 %208, 2
  %226 = icmp eq i64 %225, %205
  br i1 %226, label %227, label %206, !llvm.loop !9

227:                                              ; preds = %206, %200
  %228 = phi i64 [ 50, %200 ], [ %224, %206 ]
  %229 = icmp eq i64 %201, 0
  br i1 %229, label %238, label %230

230:                                              ; preds = %227
  %231 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %228
  %232 = load i32, i32* %231, align 4, !tbaa !5
  %233 = add nsw i64 %228, -50
  %234 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %233
  %235 = load i32, i32* %234, align 4, !tbaa !5
  %236 = add nsw i32 %235, %232
  %237 = srem i32 %236, 1000000007
  store i32 %237, i32* %231, align 4, !tbaa !5
  br label %238

238:                                              ; preds = %230, %227, %39, %78, %118, %158, %198
  store i32 0, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @fewest, i64 0, i64 0), align 16, !tbaa !5
  br i1 %3, label %304, label %239

239:                                              ; preds = %238
  %240 = zext i32 %2 to i64
  store i32 %2, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @fewest, i64 0, i64 1), align 4, !tbaa !5
  %241 = load i32, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @fewest, i64 0, i64 0), align 16, !tbaa !5
  %242 = add nsw i32 %241, 1
  %243 = icmp slt i32 %242, %2
  %244 = select i1 %243, i32 %242, i32 %2
  store i32 %244, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @fewest, i64 0, i64 1), align 4
  %245 = icmp eq i32 %2, 2
  br i1 %245, label %304, label %246

246:                                              ; preds = %239, %301
  %247 = phi i64 [ %302, %301 ], [ 2, %239 ]
  %248 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %247
  store i32 %2, i32* %248, align 4, !tbaa !5
  %249 = add nsw i64 %247, -1
  %250 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %249
  %251 = load i32, i32* %250, align 4, !tbaa !5
  %252 = add nsw i32 %251, 1
  %253 = icmp slt i32 %252, %2
  %254 = select i1 %253, i32 %252, i32 %2
  store i32 %254, i32* %248, align 4
  %255 = select i1 %253, i32 %252, i32 %2
  %256 = add nsw i64 %247, -2
  %257 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %256
  %258 = load i32, i32* %257, align 4, !tbaa !5
  %259 = add nsw i32 %258, 1
  %260 = icmp slt i32 %259, %255
  %261 = select i1 %260, i32 %259, i32 %254
  store i32 %261, i32* %248, align 4
  %262 = select i1 %260, i32 %259, i32 %255
  %263 = icmp ult i64 %247, 5
  br i1 %263, label %301, label %264

264:                                              ; preds = %246
  %265 = add nsw i64 %247, -5
  %266 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %265
  %267 = load i32, i32* %266, align 4, !tbaa !5
  %268 = add nsw i32 %267, 1
  %269 = icmp slt i32 %268, %262
  br i1 %269, label %270, label %271

270:                                              ; preds = %264
  store i32 %268, i32* %248, align 4, !tbaa !5
  br label %271

271:                                              ; preds = %270, %264
  %272 = phi i32 [ %268, %270 ], [ %262, %264 ]
  %273 = icmp ult i64 %247, 10
  br i1 %273, label %301, label %274

274:                                              ; preds = %271
  %275 = add nsw i64 %247, -10
  %276 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %275
  %277 = load i32, i32* %276, align 4, !tbaa !5
  %278 = add nsw i32 %277, 1
  %279 = icmp slt i32 %278, %272
  br i1 %279, label %280, label %281

280:                                              ; preds = %274
  store i32 %278, i32* %248, align 4, !tbaa !5
  br label %281

281:                                              ; preds = %280, %274
  %282 = phi i32 [ %278, %280 ], [ %272, %274 ]
  %283 = icmp ult i64 %247, 20
  br i1 %283, label %301, label %284

284:                                              ; preds = %281
  %285 = add nsw i64 %247, -20
  %286 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %285
  %287 = load i32, i32* %286, align 4, !tbaa !5
  %288 = add nsw i32 %287, 1
  %289 = icmp slt i32 %288, %282
  br i1 %289, label %290, label %291

290:                                              ; preds = %284
  store i32 %288, i32* %248, align 4, !tbaa !5
  br label %291

291:                                              ; preds = %290, %284
  %292 = phi i32 [ %288, %290 ], [ %282, %284 ]
  %293 = icmp ult i64 %247, 50
  br i1 %293, label %301, label %294

294:                                              ; preds = %291
  %295 = add nsw i64 %247, -50
  %296 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %295
  %297 = load i32, i32* %296, align 4, !tbaa !5
  %298 = add nsw i32 %297, 1
  %299 = icmp slt i32 %298, %292
  br i1 %299, label %300, label %301

300:                                              ; preds = %294
  store i32 %298, i32* %248, align 4, !tbaa !5
  br label %301

301:                                              ; preds = %246, %271, %281, %300, %294, %291
  %302 = add nuw nsw i64 %247, 1
  %303 = icmp eq i64 %302, %240
  br i1 %303, label %304, label %246, !llvm.loop !11

304:                                              ; preds = %239, %301, %4, %238
  %305 = sext i32 %1 to i64
  %306 = getelementptr inbounds [1001 x i32], [1001 x i32]* @ways, i64 0, i64 %305
  %307 = load i32, i32* %306, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), i32 noundef %1, i32 noundef %307) #2
  %308 = getelementptr inbounds [1001 x i32], [1001 x i32]* @fewest, i64 0, i64 %305
  %309 = load i32, i32* %308, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.1, i64 0, i64 0), i32 noundef %1, i32 noundef %309) #2
  %310 = load i32, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @ways, i64 0, i64 100), align 16, !tbaa !5
  %311 = load i32, i32* getelementptr inbounds ([1001 x i32], [1001 x i32]* @fewest, i64 0, i64 99), align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str.2, i64 0, i64 0), i32 noundef %310, i32 noundef %311) #2
  %312 = load i32, i32* %306, align 4, !tbaa !5
  %313 = srem i32 %312, 256
  ret i32 %313
}

declare i32 @getint() local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10, !12}
!12 = !{!"llvm.loop.peeled.count", i32 1}
