; ModuleID = 'perf_const_dim_stencil.sy'
source_filename = "perf_const_dim_stencil.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local local_unnamed_addr constant i32 120, align 4
@LAST = dso_local local_unnamed_addr constant i32 119, align 4
@seed = dso_local local_unnamed_addr global i32 0, align 4
@heat = dso_local local_unnamed_addr global [120 x [120 x i32]] zeroinitializer, align 16
@scratch = dso_local local_unnamed_addr global [120 x [120 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [13 x i8] c"step %d: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"final %d %d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @next_random() local_unnamed_addr #0 {
  %1 = load i32, i32* @seed, align 4, !tbaa !5
  %2 = mul nsw i32 %1, 97
  %3 = add nsw i32 %2, 13
  %4 = srem i32 %3, 10007
  store i32 %4, i32* @seed, align 4, !tbaa !5
  ret i32 %4
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @diffuse(i32* nocapture noundef readonly %0, i32* nocapture noundef writeonly %1) local_unnamed_addr #1 {
  br label %3

3:                                                ; preds = %2, %36
  %4 = phi i64 [ 1, %2 ], [ %10, %36 ]
  %5 = mul nuw nsw i64 %4, 120
  %6 = getelementptr inbounds i32, i32* %0, i64 %5
  %7 = mul i64 %4, 120
  %8 = add i64 %7, -120
  %9 = getelementptr inbounds i32, i32* %0, i64 %8
  %10 = add nuw nsw i64 %4, 1
  %11 = mul nuw nsw i64 %10, 120
  %12 = getelementptr inbounds i32, i32* %0, i64 %11
  %13 = getelementptr inbounds i32, i32* %1, i64 %5
  br label %14

14:                                               ; preds = %3, %14
  %15 = phi i64 [ 1, %3 ], [ %29, %14 ]
  %16 = getelementptr inbounds i32, i32* %6, i64 %15
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = shl nsw i32 %17, 2
  %19 = getelementptr inbounds i32, i32* %9, i64 %15
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = add nsw i32 %18, %20
  %22 = getelementptr inbounds i32, i32* %12, i64 %15
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = add nsw i32 %21, %23
  %25 = add nsw i64 %15, -1
  %26 = getelementptr inbounds i32, i32* %6, i64 %25
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = add nsw i32 %24, %27
  %29 = add nuw nsw i64 %15, 1
  %30 = getelementptr inbounds i32, i32* %6, i64 %29
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = add nsw i32 %28, %31
  %33 = sdiv i32 %32, 8
  %34 = getelementptr inbounds i32, i32* %13, i64 %15
  store i32 %33, i32* %34, align 4, !tbaa !5
  %35 = icmp eq i64 %29, 119
  br i1 %35, label %36, label %14, !llvm.loop !9

36:                                               ; preds = %14
  %37 = icmp eq i64 %10, 119
  br i1 %37, label %38, label %3, !llvm.loop !11

38:                                               ; preds = %36
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @checksum(i32* nocapture noundef readonly %0) local_unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %29
  %3 = phi i64 [ 0, %1 ], [ %30, %29 ]
  %4 = phi i32 [ 0, %1 ], [ %26, %29 ]
  %5 = mul nuw nsw i64 %3, 120
  %6 = getelementptr inbounds i32, i32* %0, i64 %5
  br label %7

7:                                                ; preds = %7, %2
  %8 = phi i64 [ 0, %2 ], [ %27, %7 ]
  %9 = phi i32 [ %4, %2 ], [ %26, %7 ]
  %10 = mul nsw i32 %9, 31
  %11 = getelementptr inbounds i32, i32* %6, i64 %8
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = add nsw i32 %12, %10
  %14 = srem i32 %13, 1000003
  %15 = add nuw nsw i64 %8, 1
  %16 = mul nsw i32 %14, 31
  %17 = getelementptr inbounds i32, i32* %6, i64 %15
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = add nsw i32 %18, %16
  %20 = srem i32 %19, 1000003
  %21 = add nuw nsw i64 %8, 2
  %22 = mul nsw i32 %20, 31
  %23 = getelementptr inbounds i32, i32* %6, i64 %21
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = add nsw i32 %24, %22
  %26 = srem i32 %25, 1000003
  %27 = add nuw nsw i64 %8, 3
  %28 = icmp eq i64 %27, 120
  br i1 %28, label %29, label %7, !llvm.loop !12

29:                                               ; preds = %7
  %30 = add nuw nsw i64 %3, 1
  %31 = icmp eq i64 %30, 120
  br i1 %31, label %32, label %2, !llvm.loop !13

32:                                               ; preds = %29
  ret i32 %26
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = tail call i32 @getint() #5
  %2 = tail call i32 @getint() #5
  br label %3

3:                                                ; preds = %0, %19
  %4 = phi i64 [ 0, %0 ], [ %20, %19 ]
  %5 = phi i32 [ %2, %0 ], [ %12, %19 ]
  br label %7

6:                                                ; preds = %19
  store i32 %12, i32* @seed, align 4, !tbaa !5
  br label %22

7:                                                ; preds = %3, %7
  %8 = phi i64 [ 0, %3 ], [ %17, %7 ]
  %9 = phi i32 [ %5, %3 ], [ %12, %7 ]
  %10 = mul nsw i32 %9, 97
  %11 = add nsw i32 %10, 13
  %12 = srem i32 %11, 10007
  %13 = trunc i32 %12 to i16
  %14 = srem i16 %13, 1000
  %15 = sext i16 %14 to i32
  %16 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %4, i64 %8
  store i32 %15, i32* %16, align 4, !tbaa !5
  %17 = add nuw nsw i64 %8, 1
  %18 = icmp eq i64 %17, 120
  br i1 %18, label %19, label %7, !llvm.loop !14

19:                                               ; preds = %7
  %20 = add nuw nsw i64 %4, 1
  %21 = icmp eq i64 %20, 120
  br i1 %21, label %6, label %3, !llvm.loop !15

22:                                               ; preds = %6, %22
  %23 = phi i64 [ 0, %6 ], [ %36, %22 ]
  %24 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %23, i64 0
  %25 = load i32, i32* %24, align 16, !tbaa !5
  %26 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 %23, i64 0
  store i32 %25, i32* %26, align 16, !tbaa !5
  %27 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %23, i64 119
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 %23, i64 119
  store i32 %28, i32* %29, align 4, !tbaa !5
  %30 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0, i64 %23
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 0, i64 %23
  store i32 %31, i32* %32, align 4, !tbaa !5
  %33 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 119, i64 %23
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 119, i64 %23
  store i32 %34, i32* %35, align 4, !tbaa !5
  %36 = add nuw nsw i64 %23, 1
  %37 = icmp eq i64 %36, 120
  br i1 %37, label %38, label %22, !llvm.loop !16

38:                                               ; preds = %22
  tail call void @starttime() #5
  %39 = icmp sgt i32 %1, 0
  br i1 %39, label %40, label %168

40:                                               ; preds = %38, %166
  %41 = phi i32 [ %132, %166 ], [ 0, %38 ]
  %42 = and i32 %41, 1
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %44, label %79

44:                                               ; preds = %40, %77
  %45 = phi i64 [ %50, %77 ], [ 1, %40 ]
  %46 = mul nuw nsw i64 %45, 120
  %47 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0, i64 %46
  %48 = add nsw i64 %46, -120
  %49 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0, i64 %48
  %50 = add nuw nsw i64 %45, 1
  %51 = mul nuw nsw i64 %50, 120
  %52 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0, i64 %51
  %53 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 0, i64 %46
  %54 = getelementptr inbounds i32, i32* %47, i64 1
  %55 = load i32, i32* %54, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %56, %44
  %57 = phi i32 [ %55, %44 ], [ %72, %56 ]
  %58 = phi i64 [ 1, %44 ], [ %70, %56 ]
  %59 = shl nsw i32 %57, 2
  %60 = getelementptr inbounds i32, i32* %49, i64 %58
  %61 = load i32, i32* %60, align 4, !tbaa !5
  %62 = add nsw i32 %59, %61
  %63 = getelementptr inbounds i32, i32* %52, i64 %58
  %64 = load i32, i32* %63, align 4, !tbaa !5
  %65 = add nsw i32 %62, %64
  %66 = add nsw i64 %58, -1
  %67 = getelementptr inbounds i32, i32* %47, i64 %66
  %68 = load i32, i32* %67, align 4, !tbaa !5
  %69 = add nsw i32 %65, %68
  %70 = add nuw nsw i64 %58, 1
  %71 = getelementptr inbounds i32, i32* %47, i64 %70
  %72 = load i32, i32* %71, align 4, !tbaa !5
  %73 = add nsw i32 %69, %72
  %74 = sdiv i32 %73, 8
  %75 = getelementptr inbounds i32, i32* %53, i64 %58
  store i32 %74, i32* %75, align 4, !tbaa !5
  %76 = icmp eq i64 %70, 119
  br i1 %76, label %77, label %56, !llvm.loop !9

77:                                               ; preds = %56
  %78 = icmp eq i64 %50, 119
  br i1 %78, label %114, label %44, !llvm.loop !11

79:                                               ; preds = %40, %112
  %80 = phi i64 [ %85, %112 ], [ 1, %40 ]
  %81 = mul nuw nsw i64 %80, 120
  %82 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 0, i64 %81
  %83 = add nsw i64 %81, -120
  %84 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 0, i64 %83
  %85 = add nuw nsw i64 %80, 1
  %86 = mul nuw nsw i64 %85, 120
  %87 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 0, i64 %86
  %88 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0, i64 %81
  %89 = getelementptr inbounds i32, i32* %82, i64 1
  %90 = load i32, i32* %89, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %91, %79
  %92 = phi i32 [ %90, %79 ], [ %107, %91 ]
  %93 = phi i64 [ 1, %79 ], [ %105, %91 ]
  %94 = shl nsw i32 %92, 2
  %95 = getelementptr inbounds i32, i32* %84, i64 %93
  %96 = load i32, i32* %95, align 4, !tbaa !5
  %97 = add nsw i32 %94, %96
  %98 = getelementptr inbounds i32, i32* %87, i64 %93
  %99 = load i32, i32* %98, align 4, !tbaa !5
  %100 = add nsw i32 %97, %99
  %101 = add nsw i64 %93, -1
  %102 = getelementptr inbounds i32, i32* %82, i64 %101
  %103 = load i32, i32* %102, align 4, !tbaa !5
  %104 = add nsw i32 %100, %103
  %105 = add nuw nsw i64 %93, 1
  %106 = getelementptr inbounds i32, i32* %82, i64 %105
  %107 = load i32, i32* %106, align 4, !tbaa !5
  %108 = add nsw i32 %104, %107
  %109 = sdiv i32 %108, 8
  %110 = getelementptr inbounds i32, i32* %88, i64 %93
  store i32 %109, i32* %110, align 4, !tbaa !5
  %111 = icmp eq i64 %105, 119
  br i1 %111, label %112, label %91, !llvm.loop !9

112:                                              ; preds = %91
  %113 = icmp eq i64 %85, 119
  br i1 %113, label %114, label %79, !llvm.loop !11

114:                                              ; preds = %112, %77
  %115 = load i32, i32* @seed, align 4, !tbaa !5
  %116 = mul nsw i32 %115, 97
  %117 = add nsw i32 %116, 13
  %118 = srem i32 %117, 10007
  %119 = trunc i32 %118 to i16
  %120 = srem i16 %119, 118
  %121 = add nsw i16 %120, 1
  %122 = mul nsw i32 %118, 97
  %123 = add nsw i32 %122, 13
  %124 = srem i32 %123, 10007
  store i32 %124, i32* @seed, align 4, !tbaa !5
  %125 = trunc i32 %124 to i16
  %126 = srem i16 %125, 118
  %127 = add nsw i16 %126, 1
  %128 = sext i16 %121 to i64
  %129 = sext i16 %127 to i64
  %130 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %128, i64 %129
  store i32 5000, i32* %130, align 4, !tbaa !5
  %131 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 %128, i64 %129
  store i32 5000, i32* %131, align 4, !tbaa !5
  %132 = add nuw nsw i32 %41, 1
  %133 = urem i32 %132, 10
  %134 = icmp eq i32 %133, 0
  br i1 %134, label %135, label %166

135:                                              ; preds = %114, %162
  %136 = phi i64 [ %163, %162 ], [ 0, %114 ]
  %137 = phi i32 [ %159, %162 ], [ 0, %114 ]
  %138 = mul nuw nsw i64 %136, 120
  %139 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0, i64 %138
  br label %140

140:                                              ; preds = %140, %135
  %141 = phi i64 [ 0, %135 ], [ %160, %140 ]
  %142 = phi i32 [ %137, %135 ], [ %159, %140 ]
  %143 = mul nsw i32 %142, 31
  %144 = getelementptr inbounds i32, i32* %139, i64 %141
  %145 = load i32, i32* %144, align 4, !tbaa !5
  %146 = add nsw i32 %145, %143
  %147 = srem i32 %146, 1000003
  %148 = add nuw nsw i64 %141, 1
  %149 = mul nsw i32 %147, 31
  %150 = getelementptr inbounds i32, i32* %139, i64 %148
  %151 = load i32, i32* %150, align 4, !tbaa !5
  %152 = add nsw i32 %151, %149
  %153 = srem i32 %152, 1000003
  %154 = add nuw nsw i64 %141, 2
  %155 = mul nsw i32 %153, 31
  %156 = getelementptr inbounds i32, i32* %139, i64 %154
  %157 = load i32, i32* %156, align 4, !tbaa !5
  %158 = add nsw i32 %157, %155
  %159 = srem i32 %158, 1000003
  %160 = add nuw nsw i64 %141, 3
  %161 = icmp eq i64 %160, 120
  br i1 %161, label %162, label %140, !llvm.loop !12

162:                                              ; preds = %140
  %163 = add nuw nsw i64 %136, 1
  %164 = icmp eq i64 %163, 120
  br i1 %164, label %165, label %135, !llvm.loop !13

165:                                              ; preds = %162
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), i32 noundef %132, i32 noundef %159) #5
  br label %166

166:                                              ; preds = %165, %114
  %167 = icmp eq i32 %132, %1
  br i1 %167, label %168, label %40, !llvm.loop !17

168:                                              ; preds = %166, %38
  tail call void @stoptime() #5
  br label %169

169:                                              ; preds = %196, %168
  %170 = phi i64 [ 0, %168 ], [ %197, %196 ]
  %171 = phi i32 [ 0, %168 ], [ %193, %196 ]
  %172 = mul nuw nsw i64 %170, 120
  %173 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0, i64 %172
  br label %174

174:                                              ; preds = %174, %169
  %175 = phi i64 [ 0, %169 ], [ %194, %174 ]
  %176 = phi i32 [ %171, %169 ], [ %193, %174 ]
  %177 = mul nsw i32 %176, 31
  %178 = getelementptr inbounds i32, i32* %173, i64 %175
  %179 = load i32, i32* %178, align 4, !tbaa !5
  %180 = add nsw i32 %179, %177
  %181 = srem i32 %180, 1000003
  %182 = add nuw nsw i64 %175, 1
  %183 = mul nsw i32 %181, 31
  %184 = getelementptr inbounds i32, i32* %173, i64 %182
  %185 = load i32, i32* %184, align 4, !tbaa !5
  %186 = add nsw i32 %185, %183
  %187 = srem i32 %186, 1000003
  %188 = add nuw nsw i64 %175, 2
  %189 = mul nsw i32 %187, 31
  %190 = getelementptr inbounds i32, i32* %173, i64 %188
  %191 = load i32, i32* %190, align 4, !tbaa !5
  %192 = add nsw i32 %191, %189
  %193 = srem i32 %192, 1000003
  %194 = add nuw nsw i64 %175, 3
  %195 = icmp eq i64 %194, 120
  br i1 %195, label %196, label %174, !llvm.loop !12

196:                                              ; preds = %174
  %197 = add nuw nsw i64 %170, 1
  %198 = icmp eq i64 %197, 120
  br i1 %198, label %199, label %169, !llvm.loop !13

199:                                              ; preds = %196, %226
  %200 = phi i64 [ %227, %226 ], [ 0, %196 ]
  %201 = phi i32 [ %223, %226 ], [ 0, %196 ]
  %202 = mul nuw nsw i64 %200, 120
  %203 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 0, i64 %202
  br label %204

204:                                              ; preds = %204, %199
  %205 = phi i64 [ 0, %199 ], [ %224, %204 ]
  %206 = phi i32 [ %201, %199 ], [ %223, %204 ]
  %207 = mul nsw i32 %206, 31
  %208 = getelementptr inbounds i32, i32* %203, i64 %205
  %209 = load i32, i32* %208, align 4, !tbaa !5
  %210 = add nsw i32 %209, %207
  %211 = srem i32 %210, 1000003
  %212 = add nuw nsw i64 %205, 1
  %213 = mul nsw i32 %211, 31
  %214 = getelementptr inbounds i32, i32* %203, i64 %212
  %215 = load i32, i32* %214, align 4, !tbaa !5
  %216 = add nsw i32 %215, %213
  %217 = srem i32 %216, 1000003
  %218 = add nuw nsw i64 %205, 2
  %219 = mul nsw i32 %217, 31
  %220 = getelementptr inbounds i32, i32* %203, i64 %218
  %221 = load i32, i32* %220, align 4, !tbaa !5
  %222 = add nsw i32 %221, %219
  %223 = srem i32 %222, 1000003
  %224 = add nuw nsw i64 %205, 3
  %225 = icmp eq i64 %224, 120
  br i1 %225, label %226, label %204, !llvm.loop !12

226:                                              ; preds = %204
  %227 = add nuw nsw i64 %200, 1
  %228 = icmp eq i64 %227, 120
  br i1 %228, label %229, label %199, !llvm.loop !13

229:                                              ; preds = %226
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.1, i64 0, i64 0), i32 noundef %193, i32 noundef %223) #5
  %230 = load i32, i32* getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 60, i64 60), align 16, !tbaa !5
  %231 = srem i32 %230, 256
  ret i32 %231
}

declare i32 @getint() local_unnamed_addr #4

declare void @starttime() local_unnamed_addr #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

declare void @stoptime() local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
