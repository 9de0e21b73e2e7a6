; ModuleID = 'parse_const_exp_dims.sy'
source_filename = "parse_const_exp_dims.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = dso_local local_unnamed_addr constant i32 3, align 4
@B = dso_local local_unnamed_addr constant i32 6, align 4
@C = dso_local local_unnamed_addr constant [3 x i32] [i32 6, i32 7, i32 1], align 4
@D = dso_local local_unnamed_addr constant i32 9, align 4
@E = dso_local local_unnamed_addr constant i32 5, align 4
@F = dso_local local_unnamed_addr constant i32 1, align 4
@m2 = dso_local local_unnamed_addr global [5 x [3 x i32]] [[3 x i32] zeroinitializer, [3 x i32] [i32 1, i32 0, i32 0], [3 x i32] zeroinitializer, [3 x i32] [i32 2, i32 3, i32 0], [3 x i32] zeroinitializer], align 16
@m3 = dso_local global [3 x [2 x [2 x i32]]] [[2 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 2, i32 3]], [2 x [2 x i32]] [[2 x i32] [i32 4, i32 0], [2 x i32] zeroinitializer], [2 x [2 x i32]] zeroinitializer], align 16
@fm = dso_local global [4 x [2 x float]] [[2 x float] [float 5.000000e-01, float 0.000000e+00], [2 x float] [float 1.500000e+00, float 2.500000e+00], [2 x float] zeroinitializer, [2 x float] zeroinitializer], align 16
@flat = dso_local global <{ i32, i32, i32, i32, i32, [12 x i32] }> <{ i32 3, i32 6, i32 9, i32 5, i32 1, [12 x i32] zeroinitializer }>, align 16
@m1 = dso_local local_unnamed_addr global [3 x [3 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"D=%d E=%d F=%d G=%d rows=%d cols=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @total(i32* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %67

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  %6 = and i64 %5, 1
  %7 = icmp eq i32 %1, 1
  br i1 %7, label %46, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 4294967294
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %31, %10 ]
  %12 = phi i32 [ 0, %8 ], [ %43, %10 ]
  %13 = phi i64 [ 0, %8 ], [ %44, %10 ]
  %14 = mul nuw nsw i64 %11, 3
  %15 = getelementptr inbounds i32, i32* %0, i64 %14
  %16 = or i64 %11, 1
  %17 = load i32, i32* %15, align 4, !tbaa !5
  %18 = trunc i64 %16 to i32
  %19 = mul nsw i32 %17, %18
  %20 = add nsw i32 %19, %12
  %21 = getelementptr inbounds i32, i32* %15, i64 1
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = mul nsw i32 %22, %18
  %24 = add nsw i32 %23, %20
  %25 = getelementptr inbounds i32, i32* %15, i64 2
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = mul nsw i32 %26, %18
  %28 = add nsw i32 %27, %24
  %29 = mul nuw nsw i64 %16, 3
  %30 = getelementptr inbounds i32, i32* %0, i64 %29
  %31 = add nuw nsw i64 %11, 2
  %32 = load i32, i32* %30, align 4, !tbaa !5
  %33 = trunc i64 %31 to i32
  %34 = mul nsw i32 %32, %33
  %35 = add nsw i32 %34, %28
  %36 = getelementptr inbounds i32, i32* %30, i64 1
  %37 = load i32, i32* %36, align 4, !tbaa !5
  %38 = mul nsw i32 %37, %33
  %39 = add nsw i32 %38, %35
  %40 = getelementptr inbounds i32, i32* %30, i64 2
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = mul nsw i32 %41, %33
  %43 = add nsw i32 %42, %39
  %44 = add i64 %13, 2
  %45 = icmp eq i64 %44, %9
  br i1 %45, label %46, label %10, !llvm.loop !9

46:                                               ; preds = %10, %4
  %47 = phi i32 [ undef, %4 ], [ %43, %10 ]
  %48 = phi i64 [ 0, %4 ], [ %31, %10 ]
  %49 = phi i32 [ 0, %4 ], [ %43, %10 ]
  %50 = icmp eq i64 %6, 0
  br i1 %50, label %67, label %51

51:                                               ; preds = %46
  %52 = mul nuw nsw i64 %48, 3
  %53 = getelementptr inbounds i32, i32* %0, i64 %52
  %54 = load i32, i32* %53, align 4, !tbaa !5
  %55 = trunc i64 %48 to i32
  %56 = add i32 %55, 1
  %57 = mul nsw i32 %54, %56
  %58 = add nsw i32 %57, %49
  %59 = getelementptr inbounds i32, i32* %53, i64 1
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = mul nsw i32 %60, %56
  %62 = add nsw i32 %61, %58
  %63 = getelementptr inbounds i32, i32* %53, i64 2
  %64 = load i32, i32* %63, align 4, !tbaa !5
  %65 = mul nsw i32 %64, %56
  %66 = add nsw i32 %65, %62
  br label %67

67:                                               ; preds = %51, %46, %2
  %68 = phi i32 [ 0, %2 ], [ %47, %46 ], [ %66, %51 ]
  ret i32 %68
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = alloca [7 x [2 x i32]], align 16
  %2 = bitcast [7 x [2 x i32]]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %2) #5
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(56) %2, i8 0, i64 56, i1 false)
  %3 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %1, i64 0, i64 0, i64 0
  store i32 7, i32* %3, align 16
  %4 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %1, i64 0, i64 1, i64 0
  store i32 8, i32* %4, align 8
  %5 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %1, i64 0, i64 2, i64 0
  store i32 9, i32* %5, align 16
  store i32 60, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 61, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 62, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 70, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 1, i64 0), align 4, !tbaa !5
  store i32 71, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 1, i64 1), align 16, !tbaa !5
  store i32 72, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 1, i64 2), align 4, !tbaa !5
  store i32 10, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 2, i64 0), align 8, !tbaa !5
  store i32 11, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 12, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 2, i64 2), align 16, !tbaa !5
  tail call void @putint(i32 noundef 708) #5
  tail call void @putch(i32 noundef 32) #5
  %6 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %7 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %8 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %9 = add i32 %7, %6
  %10 = add i32 %9, %8
  %11 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 1, i64 0), align 4, !tbaa !5
  %12 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 1, i64 1), align 16, !tbaa !5
  %13 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 1, i64 2), align 4, !tbaa !5
  %14 = add i32 %12, %11
  %15 = add i32 %14, %13
  %16 = shl i32 %15, 1
  %17 = add i32 %16, %10
  %18 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 2, i64 0), align 8, !tbaa !5
  %19 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %20 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 2, i64 2), align 16, !tbaa !5
  %21 = add i32 %19, %18
  %22 = add i32 %21, %20
  %23 = mul i32 %22, 3
  %24 = add i32 %23, %17
  %25 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 3, i64 0), align 4, !tbaa !5
  %26 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 3, i64 1), align 8, !tbaa !5
  %27 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 3, i64 2), align 4, !tbaa !5
  %28 = add i32 %26, %25
  %29 = add i32 %28, %27
  %30 = shl i32 %29, 2
  %31 = add i32 %30, %24
  %32 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 4, i64 0), align 16, !tbaa !5
  %33 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 4, i64 1), align 4, !tbaa !5
  %34 = load i32, i32* getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i64 0, i64 4, i64 2), align 8, !tbaa !5
  %35 = add i32 %33, %32
  %36 = add i32 %35, %34
  %37 = mul i32 %36, 5
  %38 = add i32 %37, %31
  tail call void @putint(i32 noundef %38) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void @putarray(i32 noundef 17, i32* noundef getelementptr inbounds (<{ i32, i32, i32, i32, i32, [12 x i32] }>, <{ i32, i32, i32, i32, i32, [12 x i32] }>* @flat, i64 0, i32 0)) #5
  tail call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([3 x [2 x [2 x i32]]], [3 x [2 x [2 x i32]]]* @m3, i64 0, i64 0, i64 0, i64 0)) #5
  tail call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([3 x [2 x [2 x i32]]], [3 x [2 x [2 x i32]]]* @m3, i64 0, i64 0, i64 1, i64 0)) #5
  tail call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([3 x [2 x [2 x i32]]], [3 x [2 x [2 x i32]]]* @m3, i64 0, i64 1, i64 0, i64 0)) #5
  tail call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([4 x [2 x float]], [4 x [2 x float]]* @fm, i64 0, i64 1, i64 0)) #5
  tail call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([4 x [2 x float]], [4 x [2 x float]]* @fm, i64 0, i64 2, i64 0)) #5
  tail call void @putint(i32 noundef -13) #5
  tail call void @putch(i32 noundef 32) #5
  tail call void @putint(i32 noundef 1) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([37 x i8], [37 x i8]* @.str, i64 0, i64 0), i32 noundef 9, i32 noundef 5, i32 noundef 1, i32 noundef 13, i32 noundef 7, i32 noundef 2) #5
  %39 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %1, i64 0, i64 6, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %39) #5
  %40 = load i32, i32* %3, align 16, !tbaa !5
  %41 = add nsw i32 %40, 13
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %2) #5
  ret i32 %41
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #4

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
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
