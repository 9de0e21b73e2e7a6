; ModuleID = 'func_subset_sum_recursive.sy'
source_filename = "func_subset_sum_recursive.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@items = dso_local local_unnamed_addr global [12 x i32] [i32 3, i32 34, i32 4, i32 12, i32 5, i32 2, i32 27, i32 9, i32 15, i32 1, i32 22, i32 8], align 16
@reach = dso_local local_unnamed_addr global [200 x i32] zeroinitializer, align 16
@__const.main.targets = private unnamed_addr constant [7 x i32] [i32 9, i32 30, i32 53, i32 100, i32 142, i32 143, i32 0], align 16
@.str = private unnamed_addr constant [37 x i8] c"target %d: %d subsets, reachable=%d\0A\00", align 1

; Function Attrs: nofree nosync nounwind readonly uwtable
define dso_local i32 @count_subsets(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq i32 %2, 0
  br i1 %4, label %24, label %5

5:                                                ; preds = %3
  %6 = icmp slt i32 %2, 0
  %7 = sext i32 %1 to i64
  %8 = icmp eq i32 %0, %1
  %9 = or i1 %6, %8
  br i1 %9, label %24, label %10

10:                                               ; preds = %5
  %11 = sext i32 %0 to i64
  br label %12

12:                                               ; preds = %10, %12
  %13 = phi i32 [ 0, %10 ], [ %21, %12 ]
  %14 = phi i64 [ %11, %10 ], [ %15, %12 ]
  %15 = add nsw i64 %14, 1
  %16 = getelementptr inbounds [12 x i32], [12 x i32]* @items, i64 0, i64 %14
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = sub nsw i32 %2, %17
  %19 = trunc i64 %15 to i32
  %20 = tail call i32 @count_subsets(i32 noundef %19, i32 noundef %1, i32 noundef %18)
  %21 = add nsw i32 %20, %13
  %22 = icmp eq i64 %15, %7
  %23 = or i1 %6, %22
  br i1 %23, label %24, label %12

24:                                               ; preds = %12, %5, %3
  %25 = phi i32 [ 1, %3 ], [ 0, %5 ], [ %21, %12 ]
  ret i32 %25
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @exists_dp(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp slt i32 %1, 0
  br i1 %3, label %8, label %4

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  %6 = shl nuw nsw i64 %5, 2
  %7 = add nuw nsw i64 %6, 4
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(1) bitcast ([200 x i32]* @reach to i8*), i8 0, i64 %7, i1 false), !tbaa !5
  br label %8

8:                                                ; preds = %4, %2
  store i32 1, i32* getelementptr inbounds ([200 x i32], [200 x i32]* @reach, i64 0, i64 0), align 16, !tbaa !5
  %9 = icmp sgt i32 %0, 0
  %10 = sext i32 %1 to i64
  br i1 %9, label %11, label %57

11:                                               ; preds = %8
  %12 = zext i32 %0 to i64
  %13 = add nsw i64 %10, 1
  %14 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %10
  %15 = add nsw i64 %10, -1
  br label %16

16:                                               ; preds = %11, %54
  %17 = phi i64 [ 0, %11 ], [ %55, %54 ]
  %18 = getelementptr inbounds [12 x i32], [12 x i32]* @items, i64 0, i64 %17
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = icmp sgt i32 %19, %1
  br i1 %20, label %54, label %21

21:                                               ; preds = %16
  %22 = sext i32 %19 to i64
  %23 = sub nsw i64 %13, %22
  %24 = and i64 %23, 1
  %25 = icmp eq i64 %24, 0
  br i1 %25, label %32, label %26

26:                                               ; preds = %21
  %27 = sub nsw i64 %10, %22
  %28 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %32, label %31

31:                                               ; preds = %26
  store i32 1, i32* %14, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %26, %31, %21
  %33 = phi i64 [ %10, %21 ], [ %15, %31 ], [ %15, %26 ]
  %34 = icmp eq i32 %19, %1
  br i1 %34, label %54, label %35

35:                                               ; preds = %32, %51
  %36 = phi i64 [ %52, %51 ], [ %33, %32 ]
  %37 = sub nsw i64 %36, %22
  %38 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %37
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %43, label %41

41:                                               ; preds = %35
  %42 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %36
  store i32 1, i32* %42, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %41, %35
  %44 = add nsw i64 %36, -1
  %45 = sub nsw i64 %44, %22
  %46 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %45
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %51, label %49

49:                                               ; preds = %43
  %50 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %44
  store i32 1, i32* %50, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %49, %43
  %52 = add nsw i64 %36, -2
  %53 = icmp sgt i64 %44, %22
  br i1 %53, label %35, label %54, !llvm.loop !9

54:                                               ; preds = %32, %51, %16
  %55 = add nuw nsw i64 %17, 1
  %56 = icmp eq i64 %55, %12
  br i1 %56, label %57, label %16, !llvm.loop !11

57:                                               ; preds = %54, %8
  %58 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %10
  %59 = load i32, i32* %58, align 4, !tbaa !5
  ret i32 %59
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %0, %55
  %2 = phi i64 [ 0, %0 ], [ %63, %55 ]
  %3 = phi i32 [ 0, %0 ], [ %62, %55 ]
  %4 = getelementptr inbounds [7 x i32], [7 x i32]* @__const.main.targets, i64 0, i64 %2
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = tail call i32 @count_subsets(i32 noundef 0, i32 noundef 12, i32 noundef %5)
  %7 = zext i32 %5 to i64
  %8 = shl nuw nsw i64 %7, 2
  %9 = add nuw nsw i64 %8, 4
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(1) bitcast ([200 x i32]* @reach to i8*), i8 0, i64 %9, i1 false) #5, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([200 x i32], [200 x i32]* @reach, i64 0, i64 0), align 16, !tbaa !5
  %10 = sext i32 %5 to i64
  %11 = add nsw i64 %10, 1
  %12 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %10
  %13 = add nsw i64 %10, -1
  br label %14

14:                                               ; preds = %52, %1
  %15 = phi i64 [ 0, %1 ], [ %53, %52 ]
  %16 = getelementptr inbounds [12 x i32], [12 x i32]* @items, i64 0, i64 %15
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = icmp sgt i32 %17, %5
  br i1 %18, label %52, label %19

19:                                               ; preds = %14
  %20 = sext i32 %17 to i64
  %21 = sub nsw i64 %11, %20
  %22 = and i64 %21, 1
  %23 = icmp eq i64 %22, 0
  br i1 %23, label %30, label %24

24:                                               ; preds = %19
  %25 = sub nsw i64 %10, %20
  %26 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %25
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %30, label %29

29:                                               ; preds = %24
  store i32 1, i32* %12, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %24, %29, %19
  %31 = phi i64 [ %10, %19 ], [ %13, %29 ], [ %13, %24 ]
  %32 = icmp eq i32 %5, %17
  br i1 %32, label %52, label %33

33:                                               ; preds = %30, %49
  %34 = phi i64 [ %50, %49 ], [ %31, %30 ]
  %35 = sub nsw i64 %34, %20
  %36 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %35
  %37 = load i32, i32* %36, align 4, !tbaa !5
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %41, label %39

39:                                               ; preds = %33
  %40 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %34
  store i32 1, i32* %40, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %39, %33
  %42 = add nsw i64 %34, -1
  %43 = sub nsw i64 %42, %20
  %44 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %43
  %45 = load i32, i32* %44, align 4, !tbaa !5
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %49, label %47

47:                                               ; preds = %41
  %48 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %42
  store i32 1, i32* %48, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %47, %41
  %50 = add nsw i64 %34, -2
  %51 = icmp sgt i64 %42, %20
  br i1 %51, label %33, label %52, !llvm.loop !9

52:                                               ; preds = %30, %49, %14
  %53 = add nuw nsw i64 %15, 1
  %54 = icmp eq i64 %53, 12
  br i1 %54, label %55, label %14, !llvm.loop !11

55:                                               ; preds = %52
  %56 = getelementptr inbounds [200 x i32], [200 x i32]* @reach, i64 0, i64 %10
  %57 = load i32, i32* %56, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([37 x i8], [37 x i8]* @.str, i64 0, i64 0), i32 noundef %5, i32 noundef %6, i32 noundef %57) #5
  %58 = icmp sgt i32 %6, 0
  %59 = zext i1 %58 to i32
  %60 = icmp eq i32 %57, %59
  %61 = zext i1 %60 to i32
  %62 = add nuw nsw i32 %3, %61
  %63 = add nuw nsw i64 %2, 1
  %64 = icmp eq i64 %63, 7
  br i1 %64, label %65, label %1, !llvm.loop !12

65:                                               ; preds = %55
  %66 = mul nsw i32 %62, 10
  ret i32 %66
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
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
