	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_coin_change_ways.sy"
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	sd	s4, 0(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s4, a0
.LBB0_41:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(ways)
	addi	s3, s3, %pcrel_lo(.LBB0_41)
	li	a0, 1
	sw	a0, 0(s3)
.LBB0_42:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(fewest)
	addi	s2, s2, %pcrel_lo(.LBB0_42)
	blez	s4, .LBB0_39
# %bb.1:
	addiw	s0, s4, 1
	slli	a0, s0, 32
	srli	t0, a0, 32
	lw	s1, 0(s3)
	addi	a2, s3, 4
	addi	a3, t0, -1
	lui	a0, 281475
	addiw	a4, a0, -103
	lui	a0, 244141
	addiw	a5, a0, -1529
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(a2)
	addw	a0, a0, s1
	mul	s1, a0, a4
	srli	a1, s1, 63
	srai	s1, s1, 60
	addw	a1, a1, s1
	mulw	a1, a1, a5
	subw	s1, a0, a1
	sw	s1, 0(a2)
	addi	a3, a3, -1
	addi	a2, a2, 4
	bnez	a3, .LBB0_2
# %bb.3:
	li	a0, 2
	blt	s4, a0, .LBB0_18
# %bb.4:
	addi	a2, s3, 8
	addi	a3, t0, -2
	lui	a0, 281475
	addiw	a4, a0, -103
	lui	a0, 244141
	addiw	a5, a0, -1529
.LBB0_5:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(a2)
	lw	a1, -8(a2)
	addw	a0, a0, a1
	mul	a1, a0, a4
	srli	s1, a1, 63
	srai	a1, a1, 60
	addw	a1, a1, s1
	mulw	a1, a1, a5
	subw	a0, a0, a1
	sw	a0, 0(a2)
	addi	a3, a3, -1
	addi	a2, a2, 4
	bnez	a3, .LBB0_5
# %bb.6:
	li	a0, 5
	blt	s4, a0, .LBB0_18
# %bb.7:
	addi	a2, s3, 20
	addi	a3, t0, -5
	lui	a0, 281475
	addiw	a4, a0, -103
	lui	a0, 244141
	addiw	a5, a0, -1529
.LBB0_8:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(a2)
	lw	a1, -20(a2)
	addw	a0, a0, a1
	mul	a1, a0, a4
	srli	s1, a1, 63
	srai	a1, a1, 60
	addw	a1, a1, s1
	mulw	a1, a1, a5
	subw	a0, a0, a1
	sw	a0, 0(a2)
	addi	a3, a3, -1
	addi	a2, a2, 4
	bnez	a3, .LBB0_8
# %bb.9:
	li	a0, 10
	blt	s4, a0, .LBB0_18
# %bb.10:
	addi	a2, s3, 40
	addi	a3, t0, -10
	lui	a0, 281475
	addiw	a4, a0, -103
	lui	a0, 244141
	addiw	a5, a0, -1529
.LBB0_11:                               # =>This Inner Loop Header: Depth=1
	lw	a0, 0(a2)
	lw	a1, -40(a2)
	addw	a0, a0, a1
	mul	a1, a0, a4
	srli	s1, a1, 63
	srai	a1, a1, 60
	addw	a1, a1, s1
	mulw	a1, a1, a5
	subw	a0, a0, a1
	sw	a0, 0(a2)
	addi	a3, a3, -1
	addi	a2, a2, 4
	bnez	a3, .LBB0_11
# %bb.12:
	li	a0, 20
	blt	s4, a0, .LBB0_18
# %bb.13:
	addi	a2, s3, 80
	addi	a3, t0, -20
	lui	a0, 281475
	addiw	a4, a0, -103
	lui	a0, 244141
	addiw	a5, a0, -1529
.LBB0_14:                               # =>This Inner Loop Header: Depth=1
	lw	a0, 0(a2)
	lw	a1, -80(a2)
	addw	a0, a0, a1
	mul	a1, a0, a4
	srli	s1, a1, 63
	srai	a1, a1, 60
	addw	a1, a1, s1
	mulw	a1, a1, a5
	subw	a0, a0, a1
	sw	a0, 0(a2)
	addi	a3, a3, -1
	addi	a2, a2, 4
	bnez	a3, .LBB0_14
# %bb.15:
	li	a0, 50
	blt	s4, a0, .LBB0_18
# %bb.16:
	addi	a2, s3, 200
	addi	a3, t0, -50
	lui	a0, 281475
	addiw	a4, a0, -103
	lui	a0, 244141
	addiw	a5, a0, -1529
.LBB0_17:                               # =>This Inner Loop Header: Depth=1
	lw	a0, 0(a2)
	lw	a1, -200(a2)
	addw	a0, a0, a1
	mul	a1, a0, a4
	srli	s1, a1, 63
	srai	a1, a1, 60
	addw	a1, a1, s1
	mulw	a1, a1, a5
	subw	a0, a0, a1
	sw	a0, 0(a2)
	addi	a3, a3, -1
	addi	a2, a2, 4
	bnez	a3, .LBB0_17
.LBB0_18:
	sw	zero, 0(s2)
	blez	s4, .LBB0_40
# %bb.19:
	li	a2, 2
	sw	s0, 4(s2)
	blt	s0, a2, .LBB0_21
# %bb.20:
	li	a0, 1
	li	a1, 2
	sw	a0, 4(s2)
	beq	s0, a1, .LBB0_40
.LBB0_21:
	addi	a3, s2, 8
	li	a4, 5
	li	a5, 10
	li	a6, 20
	li	a7, 50
	j	.LBB0_23
.LBB0_22:                               #   in Loop: Header=BB0_23 Depth=1
	addi	a2, a2, 1
	addi	a3, a3, 4
	beq	t0, a2, .LBB0_40
.LBB0_23:                               # =>This Inner Loop Header: Depth=1
	lw	a0, -4(a3)
	addiw	a0, a0, 1
	blt	a0, s0, .LBB0_25
# %bb.24:                               #   in Loop: Header=BB0_23 Depth=1
	mv	a0, s0
.LBB0_25:                               #   in Loop: Header=BB0_23 Depth=1
	lw	a1, -8(a3)
	addiw	s1, a1, 1
	blt	s1, a0, .LBB0_27
# %bb.26:                               #   in Loop: Header=BB0_23 Depth=1
	mv	s1, a0
.LBB0_27:                               #   in Loop: Header=BB0_23 Depth=1
	sw	s1, 0(a3)
	bltu	a2, a4, .LBB0_22
# %bb.28:                               #   in Loop: Header=BB0_23 Depth=1
	lw	a0, -20(a3)
	addiw	a0, a0, 1
	bge	a0, s1, .LBB0_30
# %bb.29:                               #   in Loop: Header=BB0_23 Depth=1
	sw	a0, 0(a3)
	mv	s1, a0
.LBB0_30:                               #   in Loop: Header=BB0_23 Depth=1
	bltu	a2, a5, .LBB0_22
# %bb.31:                               #   in Loop: Header=BB0_23 Depth=1
	lw	a0, -40(a3)
	addiw	a0, a0, 1
	bge	a0, s1, .LBB0_33
# %bb.32:                               #   in Loop: Header=BB0_23 Depth=1
	sw	a0, 0(a3)
	mv	s1, a0
.LBB0_33:                               #   in Loop: Header=BB0_23 Depth=1
	bltu	a2, a6, .LBB0_22
# %bb.34:                               #   in Loop: Header=BB0_23 Depth=1
	lw	a0, -80(a3)
	addiw	a0, a0, 1
	bge	a0, s1, .LBB0_36
# %bb.35:                               #   in Loop: Header=BB0_23 Depth=1
	sw	a0, 0(a3)
	mv	s1, a0
.LBB0_36:                               #   in Loop: Header=BB0_23 Depth=1
	bltu	a2, a7, .LBB0_22
# %bb.37:                               #   in Loop: Header=BB0_23 Depth=1
	lw	a0, -200(a3)
	addiw	a0, a0, 1
	bge	a0, s1, .LBB0_22
# %bb.38:                               #   in Loop: Header=BB0_23 Depth=1
	sw	a0, 0(a3)
	j	.LBB0_22
.LBB0_39:
	sw	zero, 0(s2)
.LBB0_40:
	slli	s0, s4, 2
	add	s1, s3, s0
	lw	a2, 0(s1)
.LBB0_43:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_43)
	mv	a1, s4
	call	putf@plt
	add	a0, s2, s0
	lw	a2, 0(a0)
.LBB0_44:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB0_44)
	mv	a1, s4
	call	putf@plt
	lw	a1, 400(s3)
	lw	a2, 396(s2)
.LBB0_45:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.2)
	addi	a0, a0, %pcrel_lo(.LBB0_45)
	call	putf@plt
	lw	a0, 0(s1)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	ld	s4, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	MOD,@object                     # @MOD
	.section	.rodata,"a",@progbits
	.globl	MOD
	.p2align	2
MOD:
	.word	1000000007                      # 0x3b9aca07
	.size	MOD, 4

	.type	ways,@object                    # @ways
	.bss
	.globl	ways
	.p2align	2
ways:
	.zero	4004
	.size	ways, 4004

	.type	fewest,@object                  # @fewest
	.globl	fewest
	.p2align	2
fewest:
	.zero	4004
	.size	fewest, 4004

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"ways(%d)=%d\n"
	.size	.L.str, 13

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"fewest(%d)=%d\n"
	.size	.L.str.1, 15

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"ways(100)=%d fewest(99)=%d\n"
	.size	.L.str.2, 28

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
